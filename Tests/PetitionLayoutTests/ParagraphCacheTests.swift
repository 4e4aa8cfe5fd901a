import Testing
import Typography
import TypographyTestSupport
@testable import PetitionLayout

/// A signatory text that needs the paragraph path is set once per style and reused, wherever
/// its column is; only exactly the same text (byte for byte) is reused.
struct ParagraphCacheTests {
    private let style: ParagraphStyle

    init() throws {
        style = ParagraphStyle(text: TextStyle(fontSet: try TestFonts.notoSerif(), weight: .bold, size: 9, language: "ar"),
                               alignment: .start, width: 120, hangingIndent: 9)
    }

    private func set(_ text: String, _ cache: ParagraphCache, style: ParagraphStyle, count: inout Int) -> SetParagraph {
        cache.paragraph(text, style: style, leading: 11) {
            count += 1
            return SetParagraph(text, style: style.directed(for: text), leading: 11, x: 0, library: TestFonts.library)
        }
    }

    @Test func setsEachTextOncePerStyle() {
        let cache = ParagraphCache()
        var count = 0
        let first = set("القاهرة, مصر", cache, style: style, count: &count)
        let again = set("القاهرة, مصر", cache, style: style, count: &count)
        #expect(count == 1)
        #expect(again.runs(ofLine: 0, baseline: 10) == first.runs(ofLine: 0, baseline: 10))
        var regular = style
        regular.text.weight = .regular
        _ = set("القاهرة, مصر", cache, style: regular, count: &count)
        _ = set("القاهرة، مصر", cache, style: style, count: &count)
        #expect(count == 3)
    }

    @Test func comparesTextsByteForByte() {
        let cache = ParagraphCache()
        var count = 0
        _ = set("Zoë \u{0645}", cache, style: style, count: &count)
        _ = set("Zoe\u{0308} \u{0645}", cache, style: style, count: &count)
        #expect(count == 2)
    }
}
