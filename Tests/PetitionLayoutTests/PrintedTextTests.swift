import DisplayList
import PetitionDocument
import Testing
import TypographyTestSupport
@testable import PetitionLayout
import Typography

/// The text glyph runs carry into the PDF is the printed text: the bidi isolates the layout puts
/// around mixed-direction detail fields and group names, and any mark or embedding in a letter,
/// order the text but never reach the runs; and a line's runs come in logical order.
@Suite("Printed text of glyph runs")
struct PrintedTextTests {
    static func hasBidiFormatting(_ run: GlyphRun) -> Bool {
        run.text.unicodeScalars.contains(where: BidiFormatting.contains)
    }

    @Test func mixedDirectionDetailFieldsPrintWithoutTheirIsolates() throws {
        let letter = DocumentFixture.letter(["Everyone is born free."])
        let signatory = Signatory(name: "Alice", organisation: "Amnesty", city: "القاهرة", country: "مصر", line: 2)
        let runs = DocumentFixture.runs(try DocumentFixture.pages(DocumentFixture.request(letter, signatories: [signatory], language: "en")))
        #expect(!runs.contains(where: Self.hasBidiFormatting), "\(runs.map(\.text))")
        #expect(runs.allSatisfy { $0.hasConsistentClusters })
        // Every character of the detail line is still there, in logical order across the runs.
        let baseline = try #require(runs.first { $0.text.contains("Amnesty") }?.glyphs.first?.y)
        let details = runs.filter { $0.glyphs.first?.y == baseline }.map(\.text).joined()
        #expect(details == "Amnesty, القاهرة, مصر")
    }

    @Test func marksAndEmbeddingsInALetterOrderItButAreNotPrinted() throws {
        let paragraph = "\u{200F}שלום \u{202A}Amnesty International\u{202C} \u{2067}2024\u{2069} עולם\u{061C}"
        let runs = DocumentFixture.runs(try DocumentFixture.pages(DocumentFixture.request(DocumentFixture.letter([paragraph]), language: "he")))
        #expect(!runs.contains(where: Self.hasBidiFormatting), "\(runs.map(\.text))")
        #expect(runs.allSatisfy { $0.hasConsistentClusters })
        #expect(runs.map(\.text).joined().contains("שלום Amnesty International 2024 עולם"))
    }

    @Test func aLinesRunsComeInLogicalOrder() throws {
        // A Hebrew line with an English name in it: three runs, placed right to left, handed
        // out in the order they are written.
        let runs = DocumentFixture.runs(try DocumentFixture.pages(DocumentFixture.request(
            DocumentFixture.letter(["שלום Amnesty עולם"]), language: "he")))
        let texts = runs.map(\.text).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let hello = try #require(texts.firstIndex { $0.contains("שלום") })
        let name = try #require(texts.firstIndex { $0.contains("Amnesty") })
        #expect(hello <= name)
    }

    @Test func bookmarksCarryThePrintedTitleAndHeading() throws {
        let letter = DocumentFixture.letter(["שלום עולם"], title: "\u{200F}מכתב \u{2066}UN\u{2069}")
        let pages = try DocumentFixture.pages(DocumentFixture.request(letter, signatories: [Signatory(name: "Ana", line: 2)], language: "he"))
        let titles = pages.flatMap(\.bookmarks).map(\.title)
        #expect(titles.contains("מכתב UN"), "\(titles)")
        #expect(!titles.contains { $0.unicodeScalars.contains(where: BidiFormatting.contains) }, "\(titles)")
    }
}
