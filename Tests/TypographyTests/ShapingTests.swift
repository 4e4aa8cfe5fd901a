import Testing
import TypographyTestSupport
@testable import Typography

@Suite("Shaping and font fallback with HarfBuzz and the Noto font set")
struct ShapingTests {
    @Test func latinGetsNotoSerifWithKerningAndLigatures() throws {
        let shaped = ShapedText("office AV", style: try TestFonts.style(), library: TestFonts.library)
        #expect(shaped.runs.count == 1)
        #expect(shaped.runs[0].face.reference.path.hasSuffix("NotoSerif-Regular.ttf"))
        // "ffi" becomes one ligature glyph: fewer glyphs than characters.
        #expect(shaped.runs[0].glyphs.count < 9)
        #expect(shaped.missingGlyphs.isEmpty)
    }

    @Test func arabicIsShapedRightToLeftWithItsOwnFont() throws {
        let shaped = ShapedText("السلام عليكم", style: try TestFonts.style(language: "ar"), library: TestFonts.library)
        #expect(shaped.bidi.direction == .rightToLeft)
        #expect(shaped.runs.allSatisfy { $0.face.reference.path.hasSuffix("NotoNaskhArabic-Regular.ttf") })
        let clusters = shaped.runs[0].glyphs.map(\.cluster)
        #expect(clusters == clusters.sorted(by: >), "right-to-left glyphs come in visual order")
        // Joined forms differ from the isolated form of the same letter.
        let isolated = ShapedText("ل", style: try TestFonts.style(language: "ar"), library: TestFonts.library)
        let joined = ShapedText("سلام", style: try TestFonts.style(language: "ar"), library: TestFonts.library)
        let lamInWord = joined.runs[0].glyphs.first { $0.cluster == 1 }!.id
        #expect(lamInWord != isolated.runs[0].glyphs[0].id)
    }

    @Test func lamAlefGlyphsGetPositionsOfTheirOwnInVisualOrder() throws {
        let shaped = ShapedText("الإعلان لا", style: try TestFonts.style(language: "ar"), library: TestFonts.library)
        let glyphs = shaped.runs[0].glyphs
        var pen = 0.0
        var origins: [Double] = []
        for glyph in glyphs {
            origins.append(pen + glyph.xOffset)
            pen += glyph.xAdvance
        }
        let stacked = glyphs.indices.dropLast().filter { glyphs[$0].xAdvance == 0 && glyphs[$0].cluster != glyphs[$0 + 1].cluster }
        #expect(stacked.count == 3, "Noto Naskh draws each alef of lam-alef with no advance")
        for index in stacked {
            let shift = origins[index + 1] - origins[index]
            #expect(shift > 0 && shift <= shaped.runs[0].face.unitsPerEm * 0.002 + 1e-9, "glyph \(index) moved \(shift) units")
        }
    }

    @Test func fallbackChainPicksAFontPerScript() throws {
        let shaped = ShapedText("Peace שלום 和平 शांति", style: try TestFonts.style(), library: TestFonts.library)
        let fonts = shaped.runs.map { $0.face.reference.description }
        #expect(fonts.contains("NotoSerif-Regular.ttf"))
        #expect(fonts.contains("NotoSerifHebrew-Regular.ttf"))
        #expect(fonts.contains("NotoSerifCJK-Regular.ttc#2"))
        #expect(fonts.contains("NotoSerifDevanagari-Regular.ttf"))
        #expect(shaped.missingGlyphs.isEmpty)
    }

    /// A library whose faces have let their files' pages go shapes as before, the pages read
    /// again as they are used.
    @Test func facesShapeAlikeAfterReleasingTheirPages() throws {
        let library = FontLibrary()
        let text = "Peace שלום 和平 王小明 السلام शांति office"
        func glyphs() throws -> [String] {
            let shaped = ShapedText(text, style: try TestFonts.style(), library: library)
            return shaped.runs.flatMap { run in
                run.glyphs.map { "\(run.face.reference) \($0.id) \($0.cluster) \($0.xAdvance) \($0.xOffset) \($0.yOffset)" }
            }
        }
        let before = try glyphs()
        library.releaseResidentPages()
        #expect(try glyphs() == before)
        #expect(before.count > 20)
    }

    @Test func characterNoFontCoversIsReportedWithItsOffset() throws {
        let shaped = ShapedText("ab\u{E000}c", style: try TestFonts.style(), library: TestFonts.library)
        #expect(shaped.missingGlyphs == [MissingGlyph(offset: 2, scalar: "\u{E000}")])
    }

    @Test func boldWeightUsesTheBoldFace() throws {
        let shaped = ShapedText("Bold", style: try TestFonts.style(weight: .bold), library: TestFonts.library)
        #expect(shaped.runs[0].face.reference.path.hasSuffix("NotoSerif-Bold.ttf"))
    }

    @Test func widthScalesWithSize() throws {
        let small = ShapedText("Petition", style: try TestFonts.style(size: 10), library: TestFonts.library).width
        let large = ShapedText("Petition", style: try TestFonts.style(size: 20), library: TestFonts.library).width
        #expect(abs(large - 2 * small) < 1e-9)
        #expect(small > 30 && small < 60)
    }
}
