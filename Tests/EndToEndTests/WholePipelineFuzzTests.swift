import Foundation
import PetitionPrinter
import Testing

/// Issue 10, "any code point, any row": seeded random letters and signatory lists drawn from
/// every hostile class (`HostileText`) go through reading, layout and rendering into a PDF. Every
/// render must succeed, every row must be printed or reported, every row that has something
/// printable must be in the PDF's text, and qpdf must find the PDF sound. The libFuzzer target
/// `Tests/Fuzz/Targets/PipelineTarget.swift` (`scripts/fuzz`) runs the same pipeline on bytes.
@Suite("Whole pipeline: any code point, any row")
struct WholePipelineFuzzTests {
    static let layouts = ["classic-a4", "classic-letter", "delivery-list", "booklet-a5", "press-kit"]
    static let rowsPerRender = 700

    /// A render of 700 rows per seed (4,200 in all), each seed with another layout.
    @Test(arguments: 1...6)
    func everyRowPrintsOrIsReported(seed: Int) throws {
        var random = HostileText(seed: UInt64(seed))
        let folder = try Fixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let letter = folder.appendingPathComponent("letter.txt")
        try Data(Self.letter(&random).utf8).write(to: letter)
        let list = folder.appendingPathComponent("list.csv")
        var markers: [(word: String, row: String)] = []
        try Data(Self.list(&random, seed: seed, markers: &markers)).write(to: list)
        let pdf = folder.appendingPathComponent("out.pdf")

        let layout = Self.layouts[seed % Self.layouts.count]
        let request = RenderRequest(letter: letter.path, signatories: [list.path], layout: layout, outputs: [.pdfData])
        let result = try Renderer().render(request)
        try #require(result.pdf).write(to: pdf)

        let counts = try #require(result.signatoryCounts)
        #expect(counts.rows == Self.rowsPerRender, "seed \(seed): rows read")
        let summary = try #require(result.listSummary)
        #expect(Self.accountsForEveryRow(summary), "seed \(seed): \(summary)")
        let check = try ToolRunner.run("qpdf", ["--check", pdf.path])
        #expect(check.status == 0, "seed \(seed), layout \(layout): qpdf --check: \(check.output) \(check.errors)")
        // A stack of marks reaching into the next line is read into that line's words by poppler,
        // which places text by position: compare without marks.
        let text = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).output
        let words = Set(Fixtures.words(String(String.UnicodeScalarView(text.unicodeScalars.filter { !Self.isMark($0) }))))
        let missing = markers.filter { !words.contains($0.word) }.map { "\($0.word): \($0.row.debugDescription)" }
        #expect(missing.isEmpty, "seed \(seed), layout \(layout): rows missing from the PDF:\n\(missing.prefix(5).joined(separator: "\n"))")
    }

    /// Letters of raw bytes: each is refused with an error naming the letter, or renders.
    @Test func randomBytesAsALetterRenderOrFailNamingTheLetter() throws {
        var random = HostileText(seed: 42)
        let folder = try Fixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let letter = folder.appendingPathComponent("letter.txt")
        var rendered = 0
        for round in 0..<16 {
            var bytes = Array("Title: Round \(round)\n\n".utf8)
            for _ in 0..<(1 + random.below(6)) {
                bytes += random.below(3) == 0 ? random.rawBytes() : Array(random.text(pieces: 8).utf8)
                bytes += Array(random.pick(["\n", "\n\n", " "]).utf8)
            }
            try Data(bytes).write(to: letter)
            let request = RenderRequest(letter: letter.path, outputs: [.pdfData])
            do {
                _ = try Renderer().render(request)
                rendered += 1
            } catch {
                #expect("\(error)".contains("letter.txt"), "round \(round): \(error)")
            }
        }
        #expect(rendered > 0, "some random letters are readable")
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        [.nonspacingMark, .enclosingMark, .spacingMark].contains(scalar.properties.generalCategory)
    }

    /// "700 rows: 650 printed, 3 duplicates, 47 rejected (see out.rejects.csv)": the parts add up
    /// to the rows.
    static func accountsForEveryRow(_ summary: String) -> Bool {
        let numbers = summary.prefix { $0 != "(" }.split(whereSeparator: { !$0.isNumber && $0 != "," }).compactMap { Int($0.replacingOccurrences(of: ",", with: "")) }
        guard let rows = numbers.first else { return false }
        return numbers.dropFirst().reduce(0, +) == rows
    }

    /// A letter of hostile paragraphs (nothing a letter refuses as a whole).
    static func letter(_ random: inout HostileText) -> String {
        var text = "Title: " + random.text(pieces: 3, letterSafe: true) + "\n\n"
        for _ in 0..<(2 + random.below(6)) {
            text += random.text(pieces: 4 + random.below(40), letterSafe: true) + "\n\n"
        }
        return text
    }

    /// A CSV of `rowsPerRender` rows of hostile fields. Every other row's name starts with a
    /// marker word (`Zq3x17`) the PDF's text must hold whatever follows it, unless the row holds
    /// bytes that are not UTF-8 or a NUL byte (such a row is rejected as damaged, and reported).
    static func list(_ random: inout HostileText, seed: Int, markers: inout [(word: String, row: String)]) -> [UInt8] {
        var bytes = Array("name,organisation,city,country\r\n".utf8)
        for row in 0..<rowsPerRender {
            var fields = [random.csvField(pieces: 1 + random.below(4))]
            for _ in 0..<3 { fields.append(random.below(2) == 0 ? random.csvField(pieces: 1 + random.below(3)) : []) }
            let joined = Array(fields.joined())
            if row % 2 == 0, !joined.contains(0), String(validating: joined, as: UTF8.self) != nil {
                let marker = "Zq\(seed)x\(row)"
                fields[0].insert(contentsOf: Array("\(marker) ".utf8), at: 1)
                markers.append((marker, String(decoding: Array(fields.joined(separator: [0x2C])), as: UTF8.self)))
            }
            bytes += Array(fields.joined(separator: [0x2C])) + Array("\r\n".utf8)
        }
        return bytes
    }
}
