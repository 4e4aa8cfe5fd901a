import DisplayList
import Foundation
import Testing
import TypographyTestSupport
@testable import Typography

/// Embedding subsets: a CJK face cut down to a document's characters keeps the glyph ids the
/// layout shaped with, and is a small fraction of the font file.
@Suite("Font programs cut down to a document's characters")
struct FontSubsetterTests {
    private func shapedGlyphs(_ text: String, language: String) throws -> (face: FontReference, glyphs: [UInt32]) {
        let shaped = ShapedText(text, style: try TestFonts.style(language: language), library: TestFonts.library)
        return (shaped.runs[0].face.reference, shaped.runs.flatMap { $0.glyphs.map(\.id) })
    }

    private func subset(of face: FontReference, keeping text: String) throws -> FontProgram {
        var characters = ScalarSet()
        characters.insert(contentsOf: text)
        return try #require(FontSubsetter.program(for: face, characters: characters))
    }

    @Test func keepsEveryGlyphTheLayoutShapedWithTheSameIds() throws {
        let text = "王小明，和平（北京）"
        let (face, glyphs) = try shapedGlyphs(text, language: "zh")
        let program = try subset(of: face, keeping: text)
        #expect(glyphs.allSatisfy(program.glyphs.contains))
        let fileSize = try #require(try FileManager.default.attributesOfItem(atPath: face.path)[.size] as? Int)
        #expect(program.data.count < fileSize / 10)
    }

    @Test func leavesOutGlyphsOfOtherCharacters() throws {
        let (face, glyphs) = try shapedGlyphs("海", language: "zh")
        let program = try subset(of: face, keeping: "和平")
        #expect(!glyphs.contains(where: program.glyphs.contains))
        #expect(program.glyphs.count < 100)
    }

    @Test func keepsJapaneseForms() throws {
        // 直 differs between the Chinese and Japanese forms (locl); both come from the same character.
        let text = "直"
        let (face, glyphs) = try shapedGlyphs(text, language: "ja")
        let program = try subset(of: face, keeping: text)
        #expect(glyphs.allSatisfy(program.glyphs.contains))
    }

    @Test func scalarSetHoldsWhatWasInserted() {
        var set = ScalarSet()
        set.insert(contentsOf: "aé和😀")
        set.insert("0"..."2")
        #expect(set.scalars == ["0", "1", "2", "a", "é", "和", "😀"])
        #expect(set.contains("和") && !set.contains("b"))
        var ascii = ScalarSet()
        ascii.insert(contentsOf: "Zoë".prefix(2))
        ascii.insert(contentsOf: "~ ?")
        #expect(ascii.scalars == [" ", "?", "Z", "o", "~"])
    }

    /// The set decodes UTF-8 itself: every length of sequence, from strings and substrings,
    /// native or bridged, gives exactly the string's own scalars.
    @Test func scalarSetDecodesEveryLengthOfUTF8() {
        let texts = ["Ω ß ا ש ह ก", "直和 🙂 𝔸 \u{10FFFD}", "e\u{301}\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}", "Zoë Łukasz"]
        for text in texts {
            var set = ScalarSet()
            set.insert(contentsOf: text)
            #expect(set.scalars == Set(text.unicodeScalars).sorted(), "\(text)")
            let middle = text.dropFirst().dropLast()
            var fromSubstring = ScalarSet()
            fromSubstring.insert(contentsOf: middle)
            #expect(fromSubstring.scalars == Set(middle.unicodeScalars).sorted(), "\(middle)")
        }
    }
}
