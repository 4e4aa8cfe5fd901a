import Hyphenation
import TestResources
import Testing
import TypographyTestSupport
@testable import PetitionLayout
import Typography

@Suite("Hyphenated paragraphs keep whole words in their text")
struct HyphenatedParagraphTests {
    /// The English patterns of Debian's hyphen-en-us.
    static func english() throws -> HyphenationPatterns {
        _ = try TestResources.systemFile("/usr/share/hyphen/hyph_en_US.dic", package: "hyphen-en-us")
        return try #require(try HyphenatorCache().patterns(forLanguage: "en"), "no English hyphenation patterns (hyphen-en-us)")
    }

    static let text = "The international community has repeatedly acknowledged its responsibility to protect civilian populations from atrocities, yet institutional deadlock continues to undermine accountability."

    func set(width: Double, hyphenate: Bool) throws -> SetParagraph {
        let style = ParagraphStyle(text: try TestFonts.style(size: 10), alignment: .justified, width: width,
                                   hyphenation: hyphenate ? HyphenationSource(patterns: try Self.english()) : nil)
        return SetParagraph(Self.text, style: style, leading: 12, x: 0, library: TestFonts.library)
    }

    @Test func aNarrowMeasureHyphenatesAndTheHyphenCarriesTheRestOfTheWord() throws {
        let paragraph = try set(width: 120, hyphenate: true)
        let hyphenated = paragraph.lines.indices.filter { paragraph.lines[$0].hyphenatedWordEnd != nil }
        #expect(!hyphenated.isEmpty, "a 120 pt measure should need hyphens")
        for index in hyphenated {
            let runs = paragraph.runs(ofLine: index, baseline: 0)
            let text = runs.map(\.text).joined()
            let next = paragraph.runs(ofLine: index + 1, baseline: 0).map(\.text).joined()
            // The line's text ends with a whole word of the source; the next line does not repeat its end.
            let lastWord = String(try #require(text.split(separator: " ").last))
            #expect(Self.text.contains(lastWord + " ") || Self.text.contains(lastWord + ",") || Self.text.hasSuffix(lastWord))
            #expect(!next.hasPrefix(lastWord.suffix(2)), "next line starts with the carried text: \(next)")
            #expect(runs.allSatisfy { $0.hasConsistentClusters })
        }
    }

    @Test func withoutPatternsNothingIsHyphenated() throws {
        let paragraph = try set(width: 120, hyphenate: false)
        #expect(paragraph.lines.allSatisfy { $0.hyphenatedWordEnd == nil })
    }

    @Test func aWideMeasureNeedsNoHyphens() throws {
        // The first pass (no hyphenation, TeX's pretolerance) succeeds on a generous measure.
        let paragraph = try set(width: 420, hyphenate: true)
        #expect(paragraph.lines.allSatisfy { $0.hyphenatedWordEnd == nil })
    }

    @Test func everyCharacterOfTheParagraphIsInExactlyOneRunText() throws {
        let paragraph = try set(width: 120, hyphenate: true)
        let text = paragraph.lines.indices.flatMap { paragraph.runs(ofLine: $0, baseline: 0) }.map(\.text).joined()
        #expect(text.replacingOccurrences(of: " ", with: "") == Self.text.replacingOccurrences(of: " ", with: ""))
    }
}
