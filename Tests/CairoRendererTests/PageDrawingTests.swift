import CCairo
import CFreeType
import DisplayList
import Foundation
import TestResources
import Testing
@testable import CairoRenderer

/// The renderer sets a font, size or grey only when it changes from the item before; these pages
/// mix text and rules so that every change, and every non-change, has to come out right.
@Suite struct PageDrawingTests {
    static let regular = FontReference(path: "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")
    static let bold = FontReference(path: "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf")

    @Test func rulesAndTextEachKeepTheirOwnGrey() throws {
        let page = Page(width: 300, height: 200, items: [
            .rule(Rule(x0: 10, y0: 20, x1: 290, y1: 20, thickness: 8, gray: 0.5)),
            .glyphs(try Self.letterH(x: 20, gray: 0.5)),
            .rule(Rule(x0: 10, y0: 120, x1: 290, y1: 120, thickness: 8, gray: 0)),
            .glyphs(try Self.letterH(x: 120, gray: 0.5)),
            .rule(Rule(x0: 10, y0: 180, x1: 290, y1: 180, thickness: 8, gray: 0.5)),
        ])
        let pixels = try PreviewPixels(of: page)
        #expect(pixels.gray(x: 150, y: 20) == 128)
        #expect(pixels.gray(x: 150, y: 120) == 0)
        #expect(pixels.gray(x: 150, y: 180) == 128)
        // The darkest pixel of each letter is its solid ink: the run's grey, never the rule's black.
        #expect(pixels.darkest(x: 20..<100, y: 40..<110) == 128)
        #expect(pixels.darkest(x: 120..<200, y: 40..<110) == 128)
    }

    @Test func aBoxIsFilledInItsColourAndTheNextRunKeepsItsGrey() throws {
        let page = Page(width: 300, height: 200, items: [
            .glyphs(try Self.letterH(x: 20, gray: 0.5)),
            .box(FilledBox(x: 100, y: 20, width: 100, height: 60, color: RGBColor(red: 0.8, green: 0.2, blue: 0.4))),
            .glyphs(try Self.letterH(x: 220, gray: 0.5)),
        ])
        let pixels = try PreviewPixels(of: page)
        #expect(pixels.rgb(x: 150, y: 50) == [204, 51, 102])
        #expect(pixels.rgb(x: 150, y: 90) == [255, 255, 255], "nothing outside the box")
        // The grey set before the box would be stale: the second letter must not take the box's colour.
        #expect(pixels.darkest(x: 220..<300, y: 40..<110) == 128)
        #expect(pixels.rgb(x: 240, y: 80) != [204, 51, 102])
    }

    @Test func consecutiveRunsSwitchFontAndSizeBack() throws {
        // Same face at two sizes, then another face, then the first again: a stale size or face
        // shows as a letter of the wrong width.
        let runs = [try Self.letterH(x: 20, size: 40), try Self.letterH(x: 100, size: 80),
                    try Self.letterH(x: 200, size: 40, font: Self.bold), try Self.letterH(x: 270, size: 40)]
        let pixels = try PreviewPixels(of: Page(width: 340, height: 120, items: runs.map(PageItem.glyphs)))
        let widths = [20..<90, 100..<190, 200..<265, 270..<340].map { pixels.inkWidth(x: $0, y: 50..<95) }
        #expect(widths[1] > widths[0] * 3 / 2)
        #expect(widths[2] > widths[0])
        #expect(widths[3] == widths[0])
    }

    @Test func aRunWhoseClustersDoNotMatchItsTextStillPrintsAndSoDoesWhatFollows() throws {
        var bad = try Self.letterH(x: 20)
        bad.clusters = [TextCluster(utf8Count: 3, glyphCount: 1)]
        let page = Page(width: 300, height: 200, items: [.glyphs(bad), .glyphs(try Self.letterH(x: 150))])
        let text = try Self.pdfText(of: page)
        #expect(text.filter { $0 == "H" }.count == 2, "\(text)")
        let pixels = try PreviewPixels(of: page)
        #expect(pixels.darkest(x: 20..<100, y: 40..<110) == 0)
        #expect(pixels.darkest(x: 150..<230, y: 40..<110) == 0)
    }

    @Test func aNoncharacterInARunsTextCopiesAsAReplacementCharacter() throws {
        // cairo refuses U+FFFE and U+10FFFF in UTF-8: the text keeps U+FFFD in their place, and
        // the cluster holding the 4-byte one shrinks by a byte.
        var run = try Self.letterH(x: 20)
        run.text = "H\u{FFFE}\u{10FFFF}"
        run.clusters = [TextCluster(utf8Count: 8, glyphCount: 1)]
        let page = Page(width: 300, height: 200, items: [.glyphs(run), .glyphs(try Self.letterH(x: 150))])
        let text = try Self.pdfText(of: page)
        #expect(text.contains("H\u{FFFD}\u{FFFD}"), "\(text.debugDescription)")
        #expect(text.filter { $0 == "H" }.count == 2)
    }

    @Test func noncharactersInBookmarksLabelsAndMetadataDoNotStopTheDocument() throws {
        var page = Page(width: 300, height: 200, items: [.glyphs(try Self.letterH(x: 20))], label: "i\u{FFFE}")
        page.bookmarks = [Bookmark(title: "Heading \u{FFFF}\u{10FFFE}")]
        let text = try Self.pdfText(of: page, metadata: DocumentMetadata(title: "Title \u{FFFE}"))
        #expect(text.contains("H"))
    }

    /// The creation date cairo gets is the string Foundation's ISO 8601 formatter makes in UTC,
    /// to the second, for dates across leap days, years and the epoch, fractions of a second
    /// dropped (before the epoch too).
    @Test func creationDateIsFoundationsISO8601InUTC() {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        let fixed: [Double] = [0, -1, -0.25, 59.999, 951_782_400, 951_868_799.5, 4_107_542_399, -2_208_988_800, 1_796_428_727]
        // 1900 to 2100 in steps of about 36.5 days and 37 minutes, so every month, day and time of day comes up.
        let spread = stride(from: -2_208_988_800.0, to: 4_102_444_800, by: 3_155_811.37)
        for seconds in fixed + spread {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(PDFWriter.pdfDate(date) == formatter.string(from: date), "\(seconds)")
        }
    }

    /// Any date gives a PDF date with a four-digit year: far past and future ones (and NaN, from
    /// `SOURCE_DATE_EPOCH=nan`) are written as the nearest end of years 0001–9999.
    @Test func creationDatesOutsideFourDigitYearsAreClamped() {
        let cases: [(Double, String)] = [
            (1e30, "9999-12-31T23:59:59Z"), (.infinity, "9999-12-31T23:59:59Z"), (253_402_300_800, "9999-12-31T23:59:59Z"),
            (-1e30, "0001-01-01T00:00:00Z"), (-.infinity, "0001-01-01T00:00:00Z"), (.nan, "1970-01-01T00:00:00Z"),
            (253_402_300_799, "9999-12-31T23:59:59Z"), (-62_135_596_800, "0001-01-01T00:00:00Z"),
        ]
        for (seconds, expected) in cases {
            #expect(PDFWriter.pdfDate(Date(timeIntervalSince1970: seconds)) == expected, "\(seconds)")
        }
    }

    /// The text poppler reads from `page` written alone into a PDF.
    static func pdfText(of page: Page, metadata: DocumentMetadata = DocumentMetadata()) throws -> String {
        try pdfText(of: [page], metadata: metadata)
    }

    /// The text poppler reads from `pages` written into one PDF.
    static func pdfText(of pages: [Page], metadata: DocumentMetadata = DocumentMetadata()) throws -> String {
        let path = ScratchFolders.root.appendingPathComponent("pages-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try PDFWriter(.file(path), metadata: metadata)
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
        return String(decoding: data, as: UTF8.self)
    }

    /// The letter H as one run, its baseline at y = 100.
    static func letterH(x: Double, size: Double = 80, gray: Double = 0, font: FontReference = regular) throws -> GlyphRun {
        GlyphRun(font: font, size: size, glyphs: [PositionedGlyph(id: try glyphID(of: "H", in: font), x: x, y: 100)],
                 text: "H", clusters: [TextCluster(utf8Count: 1, glyphCount: 1)], gray: gray)
    }

    static func glyphID(of character: Character, in font: FontReference) throws -> UInt32 {
        _ = try TestResources.systemFile(font.path, package: "fonts-noto-core")
        var library: FT_Library?
        var face: FT_Face?
        guard FT_Init_FreeType(&library) == 0, FT_New_Face(library, font.path, font.faceIndex, &face) == 0, let face else {
            throw RenderError("cannot open \(font.path)")
        }
        defer { FT_Done_Face(face); FT_Done_FreeType(library) }
        return FT_Get_Char_Index(face, FT_ULong(character.unicodeScalars.first.map(\.value) ?? 0))
    }
}

/// A page drawn by ``PNGWriter`` at 72 dpi (one pixel a point) and read back.
struct PreviewPixels {
    private let bytes: [UInt8]
    private let stride: Int

    init(of page: Page) throws {
        let folder = ScratchFolders.root.appendingPathComponent("preview-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = try PNGWriter(.folder(folder), resolution: 72)
        try writer.add(page)
        let image = try #require(cairo_image_surface_create_from_png(try #require(writer.images.first?.file)))
        defer { cairo_surface_destroy(image) }
        stride = Int(cairo_image_surface_get_stride(image))
        let data = try #require(cairo_image_surface_get_data(image), "cairo could not read the preview back")
        bytes = Array(UnsafeBufferPointer(start: data, count: stride * Int(cairo_image_surface_get_height(image))))
    }

    /// The green channel (the pages are grey) at pixel `x`, `y`.
    func gray(x: Int, y: Int) -> UInt8 {
        bytes[y * stride + x * 4 + 1]
    }

    /// Red, green and blue at pixel `x`, `y` (cairo stores B, G, R, A in memory order).
    func rgb(x: Int, y: Int) -> [UInt8] {
        let offset = y * stride + x * 4
        return [bytes[offset + 2], bytes[offset + 1], bytes[offset]]
    }

    func darkest(x: Range<Int>, y: Range<Int>) -> UInt8 {
        y.flatMap { row in x.map { gray(x: $0, y: row) } }.min() ?? 255
    }

    /// The number of columns in the area holding any ink.
    func inkWidth(x: Range<Int>, y: Range<Int>) -> Int {
        x.filter { column in y.contains { gray(x: column, y: $0) < 200 } }.count
    }
}
