import Diagnostics
import Foundation
import PetitionPrinter
import Testing

/// Replays the inputs `scripts/fuzz` kept for the whole-pipeline target (Tests/Fuzz/corpus/
/// pipeline) the way `Tests/Fuzz/Targets/PipelineTarget.swift` renders them: the first byte picks
/// the layout, a record separator (0x1E) splits the letter from the signatory list. Only an
/// `InputError` (a reason about a whole file) may come out, and the rows must add up. Seeds and
/// every crash, timeout or out-of-memory input are replayed; of the rest (the coverage corpus) a
/// fixed sample, so the suite stays fast.
struct PipelineFuzzCorpusTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/Fuzz/corpus/pipeline")
    static let layouts = ["classic-a4", "classic-letter", "delivery-list", "booklet-a5", "press-kit"]
    static let sampled = 30

    static func inputs() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let kept = names.filter { ["seed-", "crash-", "timeout-", "oom-"].contains(where: $0.hasPrefix) }
        let rest = names.filter { !kept.contains($0) }
        let step = max(1, rest.count / sampled)
        return kept + rest.enumerated().filter { $0.offset % step == 0 }.map(\.element)
    }

    @Test func everyKeptInputRendersOrIsRefusedAsAWhole() throws {
        let inputs = try Self.inputs()
        #expect(inputs.contains { $0.hasPrefix("seed-") })
        let scratch = try Fixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        for name in inputs {
            let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            guard bytes.count > 1 else { continue }
            let body = bytes.dropFirst()
            let split = body.firstIndex(of: 0x1E) ?? body.endIndex
            let letter = scratch.appendingPathComponent("letter.txt")
            let list = scratch.appendingPathComponent("list.csv")
            try Data(body[..<split]).write(to: letter)
            let listBytes = split < body.endIndex ? Data(body[(split + 1)...]) : Data()
            try listBytes.write(to: list)
            let request = RenderRequest(letter: letter.path, signatories: listBytes.isEmpty ? [] : [list.path],
                                        layout: Self.layouts[Int(bytes[0]) % Self.layouts.count],
                                        outputs: [.pdfData])
            do {
                let result = try Renderer().render(request)
                if let summary = result.listSummary {
                    #expect(WholePipelineFuzzTests.accountsForEveryRow(summary), "\(name): \(summary)")
                }
            } catch is InputError {
                continue
            } catch {
                Issue.record("\(name): the render failed as a whole: \(error)")
            }
        }
    }
}
