import DisplayList
import Testing
@testable import CairoRenderer

/// The renderer hands cairo consecutive runs of one font, size and grey in one call, and shows a
/// run without its text when cairo already holds that text for every glyph (its ToUnicode map
/// takes a glyph's text from the first cluster showing it). Whatever order glyphs and texts come
/// in, every run must still copy as its own text.
@Suite struct TextShowingTests {
    static let regular = PageDrawingTests.regular
    static let bold = PageDrawingTests.bold

    @Test func linesOfOneFontDrawnTogetherReadInOrder() throws {
        let page = Page(width: 400, height: 300, items: [
            .glyphs(try Self.run("Alpha", y: 50)),
            .glyphs(try Self.run("Beta", y: 100)),
            .glyphs(try Self.run("Gamma", y: 150, font: Self.bold)),
            .glyphs(try Self.run("Delta", y: 200, size: 20)),
            .glyphs(try Self.run("Alpha", y: 250, size: 20)),
        ])
        let lines = try Self.lines(of: page)
        #expect(lines == ["Alpha", "Beta", "Gamma", "Delta", "Alpha"], "\(lines)")
    }

    @Test func aGlyphFirstShownForAnotherCharacterKeepsEachRunsText() throws {
        // The glyph H stands for X first, so cairo maps H to X; a run showing H as H needs its text.
        let h = try PageDrawingTests.glyphID(of: "H", in: Self.regular)
        let page = Self.page(separating: [
            Self.run(glyphs: [h], text: "X", y: 50),
            Self.run(glyphs: [h], text: "H", y: 100),
            Self.run(glyphs: [h], text: "X", y: 150),
            Self.run(glyphs: [h, h], text: "HX", y: 200),
        ])
        let lines = try Self.lines(of: page)
        #expect(lines == ["X", "H", "X", "HX"], "\(lines)")
    }

    @Test func aGlyphFirstShownForTwoCharactersKeepsEachRunsText() throws {
        // One glyph for "Hh" (as a ligature would be), then the same glyph for "H" alone.
        let h = try PageDrawingTests.glyphID(of: "H", in: Self.regular)
        var ligature = Self.run(glyphs: [h], text: "Hh", y: 50)
        ligature.clusters = [TextCluster(utf8Count: 2, glyphCount: 1)]
        let page = Self.page(separating: [ligature, Self.run(glyphs: [h], text: "H", y: 100), Self.run(glyphs: [h], text: "H", y: 150)])
        let lines = try Self.lines(of: page)
        #expect(lines == ["Hh", "H", "H"], "\(lines)")
    }

    @Test func textAcrossPagesAndSizesKeepsItsCharacters() throws {
        let first = Page(width: 400, height: 300, items: [.glyphs(try Self.run("Été à Zürich", y: 50, size: 20))])
        let second = Self.page(separating: [try Self.run("à Zürich Été", y: 50, size: 30), try Self.run("Zürich", y: 100, size: 20),
                                            try Self.run("Zürich", y: 150, size: 20)])
        let lines = try Self.lines(of: [first, second])
        #expect(lines == ["ÉtéàZürich", "àZürichÉté", "Zürich", "Zürich"], "\(lines)")
    }

    /// A page of `runs` with a rule between each two, so that each is shown in a cairo call of
    /// its own.
    static func page(separating runs: [GlyphRun]) -> Page {
        Page(width: 400, height: 300, items: runs.flatMap { run in
            [PageItem.glyphs(run), .rule(Rule(x0: 300, y0: run.glyphs[0].y, x1: 390, y1: run.glyphs[0].y, thickness: 1, gray: 0.5))]
        })
    }

    /// `text` in `font`, one glyph a character (the glyph the font's cmap gives), advancing by
    /// 0.6 em, baseline at `y`.
    static func run(_ text: String, y: Double, size: Double = 30, font: FontReference = regular) throws -> GlyphRun {
        let glyphs = try text.map { try PageDrawingTests.glyphID(of: $0, in: font) }
        var run = run(glyphs: glyphs, text: text, y: y, size: size, font: font)
        run.clusters = text.unicodeScalars.map { TextCluster(utf8Count: UTF8.width($0), glyphCount: 1) }
        return run
    }

    /// `glyphs` showing `text`, one cluster a glyph of one byte each (ASCII text).
    static func run(glyphs: [UInt32], text: String, y: Double, size: Double = 30, font: FontReference = regular) -> GlyphRun {
        GlyphRun(font: font, size: size,
                 glyphs: glyphs.enumerated().map { PositionedGlyph(id: $1, x: 20 + Double($0) * size * 0.6, y: y) },
                 text: text, clusters: glyphs.map { _ in TextCluster(utf8Count: 1, glyphCount: 1) })
    }

    static func lines(of page: Page) throws -> [String] {
        try lines(of: [page])
    }

    /// The non-empty lines poppler reads from `pages` written into one PDF, without spaces (the
    /// runs' glyphs are evenly spaced, so poppler sees gaps between narrow letters).
    static func lines(of pages: [Page]) throws -> [String] {
        try PageDrawingTests.pdfText(of: pages).split(whereSeparator: \.isNewline).map { $0.filter { $0 != " " } }
            .filter { !$0.isEmpty }
    }
}
