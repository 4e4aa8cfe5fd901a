import Foundation
import Testing

/// A name holding U+202E RIGHT-TO-LEFT OVERRIDE does not move its neighbours: read back with
/// `pdftotext -bbox`, the names around it are where they are without the override, and the text
/// extracts in list order.
@Suite("An override in a name, read back from the PDF")
struct OverrideNeighbourTests {
    struct Word: Equatable {
        var text: String
        var xMin: Double
        var yMin: Double
    }

    /// The words of `pdftotext -bbox` output, in extraction order.
    static func words(_ pdf: String) throws -> [Word] {
        let html = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", "-bbox", pdf, "-"]).output
        return html.components(separatedBy: "<word ").dropFirst().compactMap { part in
            func number(_ name: String) -> Double? {
                guard let start = part.range(of: "\(name)=\"") else { return nil }
                return Double(part[start.upperBound...].prefix { $0 != "\"" })
            }
            guard let open = part.firstIndex(of: ">"), let close = part.range(of: "</word>"),
                  let xMin = number("xMin"), let yMin = number("yMin") else { return nil }
            return Word(text: String(part[part.index(after: open)..<close.lowerBound]), xMin: xMin, yMin: yMin)
        }
    }

    func render(middle: String) throws -> [Word] {
        let folder = try Fixtures.scratchFolder()
        let list = folder.appendingPathComponent("names.txt")
        try Data("Anna Before\n\(middle)\nZed After 2024\n".utf8).write(to: list)
        let pdf = folder.appendingPathComponent("out.pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories", list.path, "-o", pdf])
        #expect(result.status == 0, "\(result.errors)")
        try HostileListTests.expectSamePageCount(pdf)
        return try Self.words(pdf)
    }

    @Test func theNeighboursOfAnOverriddenNameStayPut() throws {
        let plain = try render(middle: "Alice Evil 42")
        let hostile = try render(middle: "Alice \u{202E}Evil 42")
        let neighbours = ["Anna", "Before", "Zed", "After", "2024"]
        for word in neighbours {
            let before = plain.first { $0.text == word }
            let after = hostile.first { $0.text == word }
            #expect(before != nil && before == after, "\(word) moved: \(String(describing: before)) → \(String(describing: after))")
        }
        let order = hostile.map(\.text).filter { ["Before", "Alice", "Evil", "42", "Zed", "After"].contains($0) }
        #expect(order == ["Before", "Alice", "Evil", "42", "Zed", "After"], "extraction order")
        let evil = try #require(hostile.first { $0.text == "Evil" })
        let alice = try #require(hostile.first { $0.text == "Alice" })
        #expect(evil.xMin > alice.xMin && evil.yMin == alice.yMin, "Evil stays right of Alice, not reversed")
    }
}
