import Testing
@testable import Typography

@Suite("Bidi, scripts and break opportunities through ICU")
struct UnicodeTests {
    @Test func latinInsideArabicGetsEvenLevelsInAnRTLParagraph() throws {
        let text = Array("مرحبا ABC عالم".utf16)
        let bidi = BidiLevels(utf16: text, direction: nil)
        #expect(bidi.direction == .rightToLeft)
        #expect(bidi.levels[0] == 1)
        let latin = try #require(text.firstIndex(of: UInt16(UInt8(ascii: "A"))))
        #expect(bidi.levels[latin] == 2)
    }

    @Test func explicitDirectionOverridesTheFirstStrongCharacter() {
        let bidi = BidiLevels(utf16: Array("שלום world".utf16), direction: .leftToRight)
        #expect(bidi.paragraphLevel == 0)
        #expect(bidi.levels[0] == 1)
    }

    @Test func englishBreaksAfterSpacesAndHyphensOnly() {
        let text = Array("a well-known fact".utf16)
        let offsets = LineBreakOpportunities.find(in: text, locale: "en").map(\.offset)
        #expect(offsets == [2, 7, 13, 17])
    }

    @Test func chineseBreaksBetweenIdeographsButNotBeforeClosingPunctuation() {
        let text = Array("人人生而自由，在尊严".utf16)
        let offsets = LineBreakOpportunities.find(in: text, locale: "zh").map(\.offset)
        #expect(offsets.contains(1))
        #expect(!offsets.contains(6), "no break before the full-width comma")
        #expect(offsets.contains(7))
    }

    @Test func scriptRunsAttachPunctuationAndSpacesToTheRunBefore() {
        let text = Array("Hello, мир! 世界".utf16)
        let runs = ScriptRuns.itemize(text)
        #expect(runs.map(\.script.isoCode) == ["Latn", "Cyrl", "Hani"])
        #expect(runs[0].range == 0..<7)
        #expect(runs[1].range == 7..<12)
    }

    @Test func mandatoryBreakIsReported() {
        let text = Array("one\u{2028}two".utf16)
        let breaks = LineBreakOpportunities.find(in: text, locale: "en")
        #expect(breaks.first?.isMandatory == true)
        #expect(breaks.first?.offset == 4)
    }
}
