import DisplayList
import LayoutFile
import Localisation
import PetitionDocument
import Testing
import TypographyTestSupport
@testable import PetitionLayout
import Typography

/// Right-to-left documents are mirrored: columns start on the right, list markers and indents
/// sit on the right, and each signatory entry resolves its bidi alone.
@Suite("Right-to-left pages and bidi isolation")
struct RightToLeftLayoutTests {
    static let arabic = "يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق."
    static let frameRight = LayoutSettings.standard.page.size.width - LayoutSettings.standard.page.marginInner

    @Test func anArabicLetterIsARightToLeftDocumentAndAnEnglishOneIsNot() {
        #expect(DocumentFixture.request(DocumentFixture.letter([Self.arabic]), language: "ar").direction == .rightToLeft)
        // No language header: the first strong character decides.
        #expect(DocumentFixture.request(DocumentFixture.letter(["2024", "שלום לכולם"]), language: "en").direction == .rightToLeft)
        #expect(DocumentFixture.request(DocumentFixture.letter(["Hello"]), language: "en").direction == .leftToRight)
    }

    @Test func signatoryColumnsStartOnTheRightInAnArabicLetter() throws {
        // 12 short names fill the three columns of one page: the first entry is in the first
        // column, the last in the last.
        func columnEdges(_ paragraph: String, language: String) throws -> (first: Double, last: Double) {
            let runs = DocumentFixture.runs(try DocumentFixture.pages(
                DocumentFixture.request(DocumentFixture.letter([paragraph]), signatories: DocumentFixture.names(12), language: language)))
            return (try #require(DocumentFixture.x(of: "Name 01", in: runs)), try #require(DocumentFixture.x(of: "Name 12", in: runs)))
        }
        let arabic = try columnEdges(Self.arabic, language: "ar")
        #expect(arabic.first > arabic.last + 200, "columns run right to left: \(arabic)")
        let english = try columnEdges("Everyone is born free.", language: "en")
        #expect(english.first + 200 < english.last, "columns run left to right: \(english)")
    }

    @Test func namesInARightToLeftDocumentEndAtTheirColumnsRightEdge() throws {
        let signatories = [Signatory(name: "Li", line: 2), Signatory(name: "Maximilian Oberhauser", line: 3)]
        let runs = DocumentFixture.runs(try DocumentFixture.pages(
            DocumentFixture.request(DocumentFixture.letter([Self.arabic]), signatories: signatories, language: "ar")))
        // Both names start further left the longer they are: they share a right edge.
        let short = try #require(DocumentFixture.x(of: "Li", in: runs))
        let long = try #require(DocumentFixture.x(of: "Maximilian Oberhauser", in: runs))
        #expect(long < short - 50)
        #expect(short < Self.frameRight && short > Self.frameRight - 30)
    }

    @Test func aListItemInArabicHasItsMarkerAndIndentOnTheRight() throws {
        var letter = DocumentFixture.letter([Self.arabic])
        letter.blocks.append(Block(kind: .listItem(.bullet), text: Self.arabic, location: letter.blocks[0].location))
        let runs = DocumentFixture.runs(try DocumentFixture.pages(DocumentFixture.request(letter, language: "ar")))
        let marker = try #require(runs.first { $0.text == "•" })
        let markerX = try #require(marker.glyphs.first?.x)
        let textRuns = runs.filter { $0.text.contains("الكرامة") }
        #expect(textRuns.count == 2)
        let itemRight = try #require(textRuns.last?.glyphs.map(\.x).max())
        let paragraphRight = try #require(textRuns.first?.glyphs.map(\.x).max())
        #expect(markerX > itemRight, "the marker is right of the item's text")
        #expect(itemRight < paragraphRight - 8, "the item is indented from the right")
    }

    @Test func hostileControlsInANameDoNotMoveTheNextName() throws {
        let letter = DocumentFixture.letter(["Everyone is born free."])
        func nextNameGlyphs(after name: String) throws -> [PositionedGlyph] {
            let signatories = [Signatory(name: name, line: 2), Signatory(name: "Bob Jones", line: 3)]
            let runs = DocumentFixture.runs(try DocumentFixture.pages(DocumentFixture.request(letter, signatories: signatories, language: "en")))
            return try #require(runs.first { $0.text == "Bob Jones" }).glyphs
        }
        let plain = try nextNameGlyphs(after: "Alice Evil")
        for hostile in ["Alice \u{202E}Evil", "\u{202B}Alice Evil", "Alice \u{2066}Evil", "\u{2067}Alice Evil \u{202D}"] {
            #expect(try nextNameGlyphs(after: hostile) == plain, "\(hostile.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func anOverrideInOneDetailFieldDoesNotReverseTheNext() throws {
        let letter = DocumentFixture.letter(["Everyone is born free."])
        let signatory = Signatory(name: "Alice", organisation: "\u{202E}Evil Org", city: "Paris", line: 2)
        let runs = DocumentFixture.runs(try DocumentFixture.pages(DocumentFixture.request(letter, signatories: [signatory], language: "en")))
        let evil = try #require(runs.first { $0.text.contains("Evil") }?.glyphs.map(\.x).min())
        let paris = try #require(runs.first { $0.text.contains("Paris") }?.glyphs.map(\.x).min())
        #expect(paris > evil, "the city stays after the organisation")
    }

    @Test func rightToLeftDetailFieldsKeepTheirOrderInALeftToRightLine() throws {
        let letter = DocumentFixture.letter(["Everyone is born free."])
        let city = "القاهرة"
        let country = "مصر"
        // The organisation makes the line left to right; the two Arabic fields after it must not
        // read as one right-to-left run, which would put the country before the city.
        let signatory = Signatory(name: "Alice", organisation: "Amnesty", city: city, country: country, line: 2)
        let runs = DocumentFixture.runs(try DocumentFixture.pages(DocumentFixture.request(letter, signatories: [signatory], language: "en")))
        let cityX = try #require(Self.glyphX(of: city, in: runs))
        let countryX = try #require(Self.glyphX(of: country, in: runs))
        #expect(countryX > cityX, "the country stays after (right of) the city")
    }

    /// The x of the glyphs showing the first character of `text` in the first run holding it.
    static func glyphX(of text: String, in runs: [GlyphRun]) -> Double? {
        guard let run = runs.first(where: { $0.text.contains(text) }), let range = run.text.range(of: text) else { return nil }
        return glyphX(in: run, ofTextAt: range.lowerBound)
    }

    /// The x of the glyphs showing the character at `index` of the run's text.
    static func glyphX(in run: GlyphRun, ofTextAt index: String.Index) -> Double? {
        let offset = run.text.utf8.distance(from: run.text.startIndex, to: index)
        var byte = 0
        var glyph = run.clustersAreBackward ? run.glyphs.count : 0
        for cluster in run.clusters {
            let glyphs = run.clustersAreBackward ? (glyph - cluster.glyphCount)..<glyph : glyph..<(glyph + cluster.glyphCount)
            glyph = run.clustersAreBackward ? glyphs.lowerBound : glyphs.upperBound
            if byte <= offset, offset < byte + cluster.utf8Count { return glyphs.map { run.glyphs[$0].x }.min() }
            byte += cluster.utf8Count
        }
        return nil
    }
}

/// Page numbers in the letter language's own digits when the layout asks for them.
@Suite("Native digits in the footer")
struct NativeDigitsTests {
    @Test func languagesWithTheirOwnDigitsGetThemOnlyWhenAsked() {
        #expect(NumberFormat(language: "ar", digits: .native).ungrouped(2031) == "٢٠٣١")
        #expect(NumberFormat(language: "fa-IR", digits: .native).ungrouped(45) == "۴۵")
        #expect(NumberFormat(language: "hi", digits: .native).ungrouped(45) == "४५")
        #expect(NumberFormat(language: "en", digits: .native).ungrouped(45) == "45")
        #expect(NumberFormat(language: "ar", digits: .latin).ungrouped(45) == "45")
    }

    @Test func theArabicFooterSaysItsPageNumberInArabicIndicDigits() throws {
        var request = DocumentFixture.request(DocumentFixture.letter([RightToLeftLayoutTests.arabic], title: "نداء"), language: "ar")
        request.settings.footer = FooterSettings(text: "{title} — {page} / {pages}", signatureText: "", size: 8, digits: .native)
        let runs = DocumentFixture.runs(try DocumentFixture.pages(request))
        #expect(runs.contains { $0.text.contains("١") }, "\(runs.map(\.text))")
        #expect(!runs.contains { $0.text.contains("1") }, "\(runs.map(\.text))")
    }
}

/// Entry numbers sit in a gutter on the start side of the column.
@Suite("Entry numbers in a right-to-left list")
struct RightToLeftNumberingTests {
    @Test func theNumberIsRightOfTheNameInArabicAndLeftOfItInEnglish() throws {
        func positions(_ paragraph: String, language: String) throws -> (number: Double, name: Double) {
            var request = DocumentFixture.request(DocumentFixture.letter([paragraph]), signatories: DocumentFixture.names(3), language: language)
            request.settings.signatories.numbering = true
            let runs = DocumentFixture.runs(try DocumentFixture.pages(request))
            let number = try #require(runs.first { $0.text.hasPrefix("1") && $0.text.hasSuffix(".") }?.glyphs.first?.x)
            return (number, try #require(DocumentFixture.x(of: "Name 01", in: runs)))
        }
        let arabic = try positions(RightToLeftLayoutTests.arabic, language: "ar")
        #expect(arabic.number > arabic.name, "\(arabic)")
        let english = try positions("Everyone is born free.", language: "en")
        #expect(english.number < english.name, "\(english)")
    }
}
