import Testing
import TypographyTestSupport
@testable import PetitionLayout
import Typography

/// Chinese and Japanese break between characters (UAX #14 with ICU's zh/ja tailoring), keep
/// closing punctuation and small kana off the line start and opening brackets off the line end,
/// justify by spreading space between characters, and are never hyphenated.
@Suite("CJK line breaking: prohibitions and justification")
struct CJKParagraphTests {
    static let noLineStart: Set<Character> = ["，", "。", "、", "」", "』", "）", "！", "？", "：", "；", "〉", "》", "ー",
                                              "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ"]
    static let noLineEnd: Set<Character> = ["「", "『", "（", "〈", "《"]

    static let chinese = "人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心，并应以兄弟关系的精神相对待。「世界人权宣言」（一九四八年）：人人有权享有生命、自由和人身安全！任何人不得使为奴隶或奴役；一切形式的奴隶制度和奴隶买卖，均应予以禁止。"
    static let japanese = "すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。「ちょっとキャンペーン」にょっきり、しゃっきり、ぴょんぴょん。人間は、理性と良心とを授けられており、互いに同胞の精神をもって行動しなければならない。"

    func paragraph(_ text: String, language: String, characters: Double) throws -> SetParagraph {
        let style = ParagraphStyle(text: try TestFonts.style(size: 10, language: language), alignment: .justified,
                                   width: characters * 10, hyphenation: nil)
        return SetParagraph(text, style: style, leading: 14, x: 0, library: TestFonts.library)
    }

    func lines(_ paragraph: SetParagraph) -> [String] {
        paragraph.lines.map { String(decoding: paragraph.shaped.utf16[$0.range], as: UTF16.self) }
    }

    @Test(arguments: [(chinese, "zh"), (japanese, "ja")], [5.0, 6.5, 7.0, 9.0, 11.5])
    func noLineStartsWithClosingPunctuationOrEndsWithAnOpeningBracket(sample: (text: String, language: String), characters: Double) throws {
        let set = try paragraph(sample.text, language: sample.language, characters: characters)
        let texts = lines(set)
        #expect(texts.count >= 5)
        #expect(texts.joined() == sample.text, "nothing lost or added at breaks")
        for (index, line) in texts.enumerated() {
            if index > 0, let first = line.first { #expect(!Self.noLineStart.contains(first), "line \(index) starts with \(first): \(texts)") }
            if index < texts.count - 1, let last = line.last { #expect(!Self.noLineEnd.contains(last), "line \(index) ends with \(last): \(texts)") }
        }
    }

    @Test func justifiedChineseLinesFillTheMeasureWithoutHyphens() throws {
        let set = try paragraph(Self.chinese, language: "zh", characters: 9.5)
        for line in set.lines.dropLast() where !line.isOverfull {
            #expect(abs(line.width - 95) < 0.01, "line width \(line.width)")
            #expect(line.hyphenatedWordEnd == nil)
        }
        // The stretch is spread between characters, not put at one place.
        let stretched = set.lines.dropLast().filter { !$0.spacing.isEmpty }
        #expect(stretched.allSatisfy { $0.spacing.count >= 3 })
    }

    @Test func theLanguagePicksTheHanFace() throws {
        let japanese = SetParagraph("人間", style: ParagraphStyle(text: try TestFonts.style(language: "ja"), alignment: .start, width: 100),
                                    leading: 12, x: 0, library: TestFonts.library)
        let chinese = SetParagraph("人间", style: ParagraphStyle(text: try TestFonts.style(language: "zh"), alignment: .start, width: 100),
                                   leading: 12, x: 0, library: TestFonts.library)
        #expect(japanese.shaped.runs.map(\.face.reference.description) == ["NotoSerifCJK-Regular.ttc"])
        #expect(chinese.shaped.runs.map(\.face.reference.description) == ["NotoSerifCJK-Regular.ttc#2"])
    }
}
