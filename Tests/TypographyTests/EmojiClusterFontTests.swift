import Testing
import TypographyTestSupport
@testable import Typography

/// An emoji sequence takes one font for all its characters: a keycap, a skin tone, a flag or a
/// ZWJ sequence is never split between a font that has the base and one that has the rest.
/// (Symbola, the default set's last fallback, has them all; fonts-symbola.)
struct EmojiClusterFontTests {
    @Test(arguments: ["#\u{20E3}", "👍🏽", "🇫🇷", "👩\u{200D}👩\u{200D}👧", "❤\u{FE0F}"],
          [FontWeight.regular, .bold])
    func aSequenceIsShapedWithOneFontThatHasAllOfIt(emoji: String, weight: FontWeight) throws {
        let shaped = ShapedText("Ada " + emoji, style: TestFonts.style(weight: weight), library: TestFonts.library)
        #expect(shaped.missingGlyphs.isEmpty, "\(shaped.missingGlyphs)")
        let emojiRuns = shaped.runs.filter { $0.range.lowerBound >= 4 }
        #expect(Set(emojiRuns.map(\.face.reference.description)).count == 1, "\(emojiRuns.map(\.face.reference.description))")
    }

    @Test func lettersWithMarksKeepTheirFont() {
        let shaped = ShapedText("Nguyễn Thị Ánh", style: TestFonts.style(), library: TestFonts.library)
        #expect(shaped.runs.map(\.face.reference.description) == ["NotoSerif-Regular.ttf"])
    }
}
