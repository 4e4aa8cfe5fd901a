import DisplayList
import Foundation
import Testing
import CairoRenderer
import Typography

/// Large faces are embedded from a subset made for the document's characters (the Chinese corpus
/// letter's render checks that path); a run with a glyph the subset lacks is drawn from the whole
/// font file, so nothing goes missing.
@Suite("Embedding CJK faces from document subsets")
struct EmbeddingSubsetTests {
    /// A program made for fixed characters, whatever the document holds.
    private struct FixedPrograms: FontProgramSource {
        let characters: String
        func program(for font: FontReference) -> FontProgram? {
            var set = ScalarSet()
            set.insert(contentsOf: characters)
            return FontSubsetter.program(for: font, characters: set)
        }
    }

    private func run(_ text: String, x: Double) -> GlyphRun {
        let shaped = ShapedText(text, style: TextStyle(fontSet: Self.fontSet, weight: .regular, size: 24, language: "zh"),
                                library: FontLibrary())
        let shapedRun = shaped.runs[0]
        var pen = x
        let glyphs = shapedRun.glyphs.map { glyph in
            defer { pen += glyph.xAdvance * shapedRun.scale }
            return PositionedGlyph(id: glyph.id, x: pen, y: 100)
        }
        return GlyphRun(font: shapedRun.face.reference, size: 24, glyphs: glyphs, text: text,
                        clusters: text.unicodeScalars.map { TextCluster(utf8Count: String($0).utf8.count, glyphCount: 1) })
    }

    private static let fontSet = try! FontSet.load(contentsOf: Fixtures.packageRoot.appendingPathComponent("fonts/noto-serif.json"))

    @Test func aGlyphOutsideTheSubsetIsDrawnFromTheFontFile() throws {
        let folder = try Fixtures.scratchFolder()
        let pdf = folder.appendingPathComponent("subset.pdf").path
        let writer = try PDFWriter(.file(pdf), metadata: DocumentMetadata(title: "t"), fontPrograms: FixedPrograms(characters: "和"))
        var page = Page(width: 300, height: 200)
        page.items = [.glyphs(run("和", x: 20)), .glyphs(run("平", x: 60))]
        try writer.add(page)
        try writer.finish()
        let text = try ToolRunner.run("pdftotext", [pdf, "-"]).output
        #expect(text.contains("和") && text.contains("平"))
        let fonts = try ToolRunner.run("pdffonts", [pdf]).output.split(separator: "\n").filter { $0.contains("NotoSerifCJK") }
        #expect(fonts.count == 2)
        #expect(fonts.allSatisfy { $0.contains("yes yes yes") })
    }
}
