import Foundation
import Testing

/// The hostile fixture (`HostileList`) rendered end to end: the run succeeds, every row is
/// accounted for exactly, and three PDF readers agree on the page count.
@Suite("Hostile signatory data, end to end")
struct HostileListTests {
    /// The line each row starts on (the header is line 1; a quoted line end adds a line).
    static var startLines: [Int] {
        var line = 2
        return HostileList.rows.map { row in
            defer { line += 1 + row.bytes.filter { $0 == 0x0A }.count }
            return line
        }
    }

    @Test func theFixtureCoversEveryClassWithAtLeastSixtyRows() {
        #expect(HostileList.rows.count >= 60)
        #expect(Set(HostileList.rows.map(\.what)).count == HostileList.rows.count, "each row tests something of its own")
    }

    @Test func rendersAndEveryRowIsPrintedOrReported() throws {
        let folder = try Fixtures.scratchFolder()
        let list = folder.appendingPathComponent("hostile.csv")
        try HostileList.data.write(to: list)
        let pdf = folder.appendingPathComponent("out.pdf").path
        let started = ContinuousClock.now
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories", list.path, "-o", pdf])
        #expect(ContinuousClock.now - started < .seconds(60), "no hang")
        #expect(result.status == 0, "\(result.errors)")

        let rows = HostileList.rows
        let printed = rows.filter { $0.outcome == .printed || $0.outcome == .printedLookAlike }.count
        let duplicates = rows.filter { $0.outcome == .duplicate }.count
        let lookAlikes = rows.filter { $0.outcome == .printedLookAlike }.count
        let rejected = rows.count - printed - duplicates
        #expect(printed + duplicates + rejected == rows.count)
        #expect(result.errors.contains("\(rows.count) rows: \(printed) printed, \(duplicates) duplicates, "
                                       + "\(lookAlikes) to review (look alike), \(rejected) rejected"),
                "\(result.errors.suffix(600))")

        let report = try String(contentsOfFile: folder.appendingPathComponent("out.rejects.csv").path, encoding: .utf8)
        let reported = Dictionary(report.split(separator: "\n").dropFirst().compactMap { line -> (Int, String)? in
            // file,line,reason,name: the file is the one list given (its path has no comma).
            let cells = line.split(separator: ",", maxSplits: 2)
            guard cells.count == 3 else { return nil }
            return Int(cells[1]).map { ($0, String(cells[2])) }
        }, uniquingKeysWith: { first, _ in first })
        for (row, line) in zip(rows, Self.startLines) {
            switch row.outcome {
            case .printed:
                #expect(reported[line] == nil, "line \(line) (\(row.what)) was reported: \(reported[line] ?? "")")
            case .printedLookAlike:
                #expect(reported[line]?.hasPrefix("looks like line") == true, "line \(line): \(row.what)")
            case .duplicate:
                #expect(reported[line]?.hasPrefix("duplicate of line") == true, "line \(line): \(row.what)")
            case .rejected(let reason):
                #expect(reported[line]?.contains(reason) == true, "line \(line) (\(row.what)): \(reported[line] ?? "not reported")")
            }
        }
        #expect(result.errors.contains("hostile.csv:\(Self.startLines[11]):1: warning: name: removed bidi control U+202E"))
        #expect(result.errors.contains("does not fit its column"))

        let text = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).output
        #expect(text.contains("Zed After") && text.contains("After Quote") && text.contains("Alice Evil"))
        // No override survives (poppler itself marks right-to-left text with U+202B ... U+202C).
        #expect(!text.unicodeScalars.contains { [0x202A, 0x202D, 0x202E].contains($0.value) })
        try Self.expectSamePageCount(pdf)
    }

    /// poppler, qpdf and mupdf open the PDF and count the same pages.
    static func expectSamePageCount(_ pdf: String) throws {
        let info = try ToolRunner.run("pdfinfo", [pdf])
        let poppler = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") }
        let qpdf = Int(try ToolRunner.run("qpdf", ["--show-npages", pdf]).output.trimmingCharacters(in: .whitespacesAndNewlines))
        let mupdf = try ToolRunner.run("mutool", ["info", pdf]).output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") }
        #expect(poppler != nil && poppler == qpdf && qpdf == mupdf, "pdfinfo \(String(describing: poppler)), qpdf \(String(describing: qpdf)), mutool \(String(describing: mupdf))")
    }
}
