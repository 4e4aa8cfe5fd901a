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
        let shaped = ShapedText("Ada " + emoji, style: try TestFonts.style(weight: weight), library: TestFonts.library)
        #expect(shaped.missingGlyphs.isEmpty, "\(shaped.missingGlyphs)")
        let emojiRuns = shaped.runs.filter { $0.range.lowerBound >= 4 }
        #expect(Set(emojiRuns.map(\.face.reference.description)).count == 1, "\(emojiRuns.map(\.face.reference.description))")
    }

    /// HarfBuzz draws a variation selector, a tag or an emoji's ZWJ as the space glyph with no
    /// advance; cairo gives a glyph one text per font, so every later space copied out of the PDF
    /// as U+FE0F. Those glyphs are dropped; ZWNJ and ZWJ in running text keep theirs.
    @Test(arguments: ["E ❤\u{FE0F} F", "K 1\u{FE0F}\u{20E3} B", "A 👩\u{200D}👧 B", "I 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} B"])
    func invisiblePartsOfEmojiLeaveNoSpaceGlyph(text: String) throws {
        let shaped = ShapedText(text, style: try TestFonts.style(), library: TestFonts.library)
        for run in shaped.runs {
            let space = Shaper.shape(Array(" ".utf16), range: 0..<1, face: run.face, direction: .leftToRight,
                                     script: run.script, language: "en").first?.id
            let zeroWidthSpaces = run.glyphs.filter { $0.id == space && $0.xAdvance == 0 }
            #expect(zeroWidthSpaces.isEmpty, "\(run.face.reference.description): \(run.glyphs)")
        }
        #expect(shaped.string(0..<shaped.utf16.count) == text)
    }

    @Test func lettersWithMarksKeepTheirFont() throws {
        let shaped = ShapedText("Nguyễn Thị Ánh", style: try TestFonts.style(), library: TestFonts.library)
        #expect(shaped.runs.map(\.face.reference.description) == ["NotoSerif-Regular.ttf"])
    }
}
