import Breaking
import Foundation
import Testing
import TestResources
import TypographyTestSupport
@testable import PetitionLayout
import Typography

/// The whole paragraph pipeline (shaping, UAX #14, items, Knuth-Plass, line finalizing) with a
/// monospaced font, where every character and space is 0.6 em wide, so the expected breaks can
/// be worked out by counting characters.
@Suite("Paragraphs in a fixed-width font break exactly as computed")
struct FixedWidthParagraphTests {
    /// Noto Sans Mono alone (Debian's fonts-noto-mono); loaded once, and when it is missing every
    /// test here fails naming the package, the rest of the run goes on.
    static let loadedMonospace = Result { () throws -> FontSet in
        let font = try TestResources.systemFile("/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf", package: "fonts-noto-mono")
        let folder = try ScratchFolders.make("mono")
        let file = folder.appendingPathComponent("mono.json")
        let json = """
            {"format": 1, "name": "mono", "description": "Noto Sans Mono only",
             "directories": ["\(font.deletingLastPathComponent().path)"],
             "scripts": {"default": {"regular": ["\(font.lastPathComponent)"]}}, "fallback": {}}
            """
        try Data(json.utf8).write(to: file)
        return try FontSet.load(contentsOf: file)
    }

    /// 10 pt Noto Sans Mono: 6 pt per character.
    static let character = 6.0

    func paragraph(_ text: String, characters: Int, alignment: LineAlignment = .justified) throws -> SetParagraph {
        let style = ParagraphStyle(text: TextStyle(fontSet: try Self.loadedMonospace.get(), size: 10, language: "en"),
                                   alignment: alignment, width: Double(characters) * Self.character)
        return SetParagraph(text, style: style, leading: 12, x: 0, library: TestFonts.library)
    }

    func lineTexts(_ paragraph: SetParagraph) -> [String] {
        paragraph.lines.map { String(decoding: paragraph.shaped.utf16[$0.range], as: UTF16.self) }
    }

    @Test func linesThatFillTheMeasureExactlyAreChosen() throws {
        let set = try paragraph("aaaa bbbb cccc dddd eeee", characters: 9)
        #expect(lineTexts(set) == ["aaaa bbbb", "cccc dddd", "eeee"])
    }

    @Test func breaksMatchTheBreakerRunOnAnIndependentFixedWidthModel() throws {
        // Measure of 10 characters; spaces stretch by 3 pt and shrink by 2 pt (TeX's ratios).
        let text = "aaa bb cc ddddd eeee f ggg hhhh"
        let set = try paragraph(text, characters: 10)
        let expected = KnuthPlass.breakLines(Self.items(for: text), widths: LineWidths(10 * Self.character),
                                             parameters: BreakParameters(tolerance: BreakParameters.texPretolerance))
        #expect(expected != nil)
        #expect(lineTexts(set) == Self.lines(of: text, breaks: expected ?? []))
        #expect(lineTexts(set) == ["aaa bb cc", "ddddd eeee", "f ggg hhhh"])
    }

    @Test func justifiedLinesEndExactlyAtTheMeasure() throws {
        let set = try paragraph("one two three four five six seven eight nine ten eleven twelve", characters: 16)
        #expect(set.lines.count >= 3)
        for index in set.lines.indices.dropLast() {
            let runs = set.runs(ofLine: index, baseline: 0)
            let glyphs = runs.flatMap(\.glyphs).sorted { $0.x < $1.x }
            let end = try #require(glyphs.last).x + Self.character
            #expect(abs(end - 16 * Self.character) < 1e-6, "line \(index) ends at \(end)")
        }
    }

    @Test func raggedLinesKeepNaturalSpaces() throws {
        let set = try paragraph("one two three four five six seven eight nine ten", characters: 16, alignment: .start)
        for line in set.lines { #expect(line.spacing.isEmpty) }
        #expect(lineTexts(set).allSatisfy { $0.count <= 16 })
    }

    /// The fixed-width model of `text`, built independently of the layout code: one box per word
    /// of 6 pt per character, one glue per space, TeX's paragraph end.
    static func items(for text: String) -> [Item] {
        var items: [Item] = []
        for (index, word) in text.split(separator: " ").enumerated() {
            if index > 0 { items.append(.glue(width: character, stretch: character / 2, shrink: character / 3)) }
            items.append(.box(width: Double(word.count) * character))
        }
        return items + Item.paragraphEnd
    }

    static func lines(of text: String, breaks: [LineBreak]) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        // Item 2k is word k; a break at glue 2k+1 ends a line after word k.
        var lines: [String] = []
        var first = 0
        for lineBreak in breaks {
            let last = min(lineBreak.itemIndex / 2, words.count - 1)
            let end = lineBreak.itemIndex >= 2 * words.count - 1 ? words.count - 1 : last
            lines.append(words[first...end].joined(separator: " "))
            first = end + 1
        }
        return lines
    }
}
