import DisplayList
import LayoutFile
import PetitionDocument
import Testing
import TypographyTestSupport
@testable import PetitionLayout

/// Names and details far too long for a column are cut inside it with an ellipsis and reported,
/// never drawn across the gutter or off the page.
struct OversizedEntryTests {
    @Test func longNamesAndUnbrokenTokensStayInsideTheirColumn() throws {
        let token = "https://example.org/" + String(repeating: "x", count: 1980)
        let spaced = String(repeating: "Lorem ipsum dolor ", count: 280)
        let signatories = [
            Signatory(name: token, line: 2),
            Signatory(name: spaced, city: token, line: 3),
            Signatory(name: "Bob Jones", line: 4),
            Signatory(name: "مصر" + String(repeating: "ب", count: 1500), line: 5),
        ]
        let request = try DocumentFixture.request(DocumentFixture.letter(["Everyone is born free."]), signatories: signatories, language: "en")
        var collector = PageCollector()
        let summary = try DocumentLayout(request, library: TestFonts.library).layOut(into: &collector)

        let settings = LayoutSettings.standard
        let textWidth = settings.page.textWidth
        let columnWidth = settings.signatories.columnWidth(forTextWidth: textWidth)
        let columnCount = settings.signatories.columnCount(forTextWidth: textWidth)
        let lefts = (0..<columnCount).map { settings.page.marginInner + Double($0) * (columnWidth + settings.signatories.gutter) }
        let entryRuns = DocumentFixture.runs(collector.pages).filter { run in
            ["https://", "Lorem", "Bob", "مصر", "…"].contains { run.text.contains($0) }
        }
        #expect(entryRuns.count >= 4)
        for run in entryRuns {
            let xs = run.glyphs.map(\.x)
            let left = try #require(lefts.last { $0 <= (xs.min() ?? 0) + 0.01 })
            #expect(xs.allSatisfy { $0 <= left + columnWidth }, "\(run.text.prefix(30)) leaves its column")
        }
        #expect(DocumentFixture.runs(collector.pages).contains { $0.text == "Bob Jones" })
        let cut = summary.warnings.filter { $0.message.contains("does not fit its column") }
        #expect(Set(cut.compactMap(\.location?.line)) == [2, 3, 5])
        #expect(!summary.warnings.contains { $0.message.contains("stick out") })
    }
}
