import CHarfBuzz
import DisplayList
import Foundation
import Testing
import TypographyTestSupport
@testable import Typography

/// Embedding subsets: a CJK face cut down to a document's characters keeps every glyph the layout
/// shaped with, renumbered (and says how), and is a small fraction of the font file.
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

    @Test func keepsEveryGlyphTheLayoutShapedAndSaysItsNewId() throws {
        let text = "王小明，和平（北京）"
        let (face, glyphs) = try shapedGlyphs(text, language: "zh")
        let program = try subset(of: face, keeping: text)
        #expect(glyphs.allSatisfy { program.glyphIDs[$0] != nil })
        // Renumbered from 0 with nothing left over: the program has exactly the glyphs it maps,
        // and each keeps its outline (its advance is the whole face's).
        let bytes = program.data.bytes
        let blob = hb_blob_create(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), UInt32(bytes.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
        let subsetFace = hb_face_create(blob, 0)
        let wholeFace = hb_face_create(hb_blob_create_from_file(face.path), UInt32(face.faceIndex))
        defer { hb_face_destroy(subsetFace); hb_face_destroy(wholeFace); hb_blob_destroy(blob) }
        #expect(Int(hb_face_get_glyph_count(subsetFace)) == program.glyphIDs.count)
        #expect(Set(program.glyphIDs.values) == Set(0..<UInt32(program.glyphIDs.count)))
        let (subsetFont, wholeFont) = (hb_font_create(subsetFace), hb_font_create(wholeFace))
        defer { hb_font_destroy(subsetFont); hb_font_destroy(wholeFont) }
        for glyph in glyphs {
            #expect(hb_font_get_glyph_h_advance(subsetFont, program.glyphIDs[glyph] ?? 0) == hb_font_get_glyph_h_advance(wholeFont, glyph))
        }
        let fileSize = try #require(try FileManager.default.attributesOfItem(atPath: face.path)[.size] as? Int)
        #expect(program.data.count < fileSize / 10)
    }

    @Test func leavesOutGlyphsOfOtherCharacters() throws {
        let (face, glyphs) = try shapedGlyphs("海", language: "zh")
        let program = try subset(of: face, keeping: "和平")
        #expect(!glyphs.contains { program.glyphIDs[$0] != nil })
        #expect(program.glyphIDs.count < 100)
    }

    @Test func keepsJapaneseForms() throws {
        // 直 differs between the Chinese and Japanese forms (locl); both come from the same character.
        let text = "直"
        let (face, glyphs) = try shapedGlyphs(text, language: "ja")
        let program = try subset(of: face, keeping: text)
        #expect(glyphs.allSatisfy { program.glyphIDs[$0] != nil })
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
