import DisplayList
import Foundation
import TestResources
import Testing
@testable import CairoRenderer

/// The renderer hands cairo consecutive runs of one font, size and grey in one call; every run
/// must still copy as its own text, in order.
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
        let path = ScratchFolders.root.appendingPathComponent("text-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try PDFWriter(.file(path), metadata: DocumentMetadata())
        for page in pages { try writer.add(page) }
        try writer.finish()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-enc", "UTF-8", path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map { $0.filter { $0 != " " } }
            .filter { !$0.isEmpty }
    }
}
