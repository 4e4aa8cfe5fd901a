import Diagnostics
import Foundation
import PetitionPrinter

/// libFuzzer target: the whole pipeline, from bytes to a PDF. The first byte picks the layout; the
/// rest is a letter, then a record separator (0x1E), then a signatory list (a CSV, a list of
/// names or JSON Lines, whatever the reader makes of it). Both are written to a scratch folder and
/// rendered as `petition render` would, into a PDF in memory.
///
/// Only an `InputError` may come out (a letter or a list that is not text, a list without a
/// column that names anyone: reasons about a whole file); anything else, a render error above
/// all, is a crash. A render that succeeds must account for every row of its list.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 1 else { return 0 }
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let layout = PipelineFuzzing.layouts[Int(bytes[0]) % PipelineFuzzing.layouts.count]
    let body = bytes.dropFirst()
    let split = body.firstIndex(of: 0x1E) ?? body.endIndex
    let letter = Data(body[..<split])
    let list = split < body.endIndex ? Data(body[(split + 1)...]) : Data()
    PipelineFuzzing.render(letter: letter, list: list, layout: layout)
    return 0
}

enum PipelineFuzzing {
    static let layouts = ["classic-a4", "classic-letter", "delivery-list", "booklet-a5", "press-kit"]
    /// The package root, for the layouts and font sets.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("petition-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    static func render(letter: Data, list: Data, layout: String) {
        let letterPath = folder.appendingPathComponent("letter.txt")
        let listPath = folder.appendingPathComponent("list.csv")
        do {
            try letter.write(to: letterPath)
            try list.write(to: listPath)
        } catch {
            preconditionFailure("cannot write the scratch files: \(error)")
        }
        let resources = ResourceLocator(fonts: root.appendingPathComponent("fonts").path,
                                        layouts: root.appendingPathComponent("layouts").path)
        let request = RenderRequest(letter: letterPath.path, signatories: list.isEmpty ? [] : [listPath.path],
                                    layout: layout, outputs: [.pdfData])
        do {
            let result = try Renderer(resources: resources).render(request)
            if let summary = result.listSummary {
                let numbers = summary.prefix { $0 != "(" }.split(whereSeparator: { !$0.isNumber && $0 != "," })
                    .compactMap { Int($0.replacingOccurrences(of: ",", with: "")) }
                precondition(numbers.dropFirst().reduce(0, +) == numbers.first, "rows do not add up: \(summary)")
            }
        } catch is InputError {
            return
        } catch {
            preconditionFailure("the render failed as a whole: \(error)")
        }
    }
}
