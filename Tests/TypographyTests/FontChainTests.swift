import Foundation
import TestResources
import Testing
import TypographyTestSupport
@testable import Typography

/// Which font each script (and each CJK language) gets from the default font set, and what is
/// reported when none covers a character.
@Suite("Fallback chains per script and language; coverage and script mix")
struct FontChainTests {
    @Test(arguments: [
        ("Peace", "en", FontWeight.regular, "NotoSerif-Regular.ttf"),
        ("سلام", "ar", .regular, "NotoNaskhArabic-Regular.ttf"),
        ("سلام", "ar", .bold, "NotoNaskhArabic-Bold.ttf"),
        ("صلح", "fa", .regular, "NotoNaskhArabic-Regular.ttf"),
        ("שלום", "he", .regular, "NotoSerifHebrew-Regular.ttf"),
        ("शांति", "hi", .regular, "NotoSerifDevanagari-Regular.ttf"),
        ("Мир", "ru", .regular, "NotoSerif-Regular.ttf"),
        ("สันติภาพ", "th", .regular, "NotoSerifThai-Regular.ttf"),
        ("和平", "zh", .regular, "NotoSerifCJK-Regular.ttc#2"),
        ("和平", "zh-Hant-TW", .regular, "NotoSerifCJK-Regular.ttc#3"),
        ("和平", "zh-HK", .bold, "NotoSerifCJK-Bold.ttc#4"),
        ("平和", "ja", .regular, "NotoSerifCJK-Regular.ttc"),
        ("平和", "ko", .regular, "NotoSerifCJK-Regular.ttc#1"),
        ("へいわ", "ja", .regular, "NotoSerifCJK-Regular.ttc"),
        ("평화", "ko", .regular, "NotoSerifCJK-Regular.ttc#1"),
        ("♔", "en", .regular, "NotoSansSymbols2-Regular.ttf"),
    ])
    func eachScriptGetsItsFamily(text: String, language: String, weight: FontWeight, font: String) throws {
        let shaped = ShapedText(text, style: try TestFonts.style(weight: weight, language: language), library: TestFonts.library)
        #expect(shaped.runs.map(\.face.reference.description) == [font])
        #expect(shaped.missingGlyphs.isEmpty)
    }

    @Test func languageFontsComeFirstThenTheScriptsThenDefaultThenFallback() throws {
        let han = Script(of: "和")
        let japanese = try TestFonts.notoSerif().candidates(for: han, weight: .regular, language: "ja-JP").map(\.description)
        #expect(japanese.prefix(3) == ["NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Regular.ttc#2", "NotoSerif-Regular.ttf"])
        #expect(japanese.suffix(2) == ["NotoSansCJK-Regular.ttc#2", "Symbola_hint.ttf"])
        let unknown = try TestFonts.notoSerif().candidates(for: han, weight: .regular, language: "xx").map(\.description)
        #expect(unknown.first == "NotoSerifCJK-Regular.ttc#2")
    }

    @Test(arguments: ["fonts/noto-serif.json", "fonts/noto-sans.json"])
    func everyScriptOfAWorldwideListPrintsInRegularAndBold(set path: String) throws {
        let fontSet = try TestFonts.load(path)
        for weight in FontWeight.allCases {
            let style = TextStyle(fontSet: fontSet, weight: weight, size: 10, language: "en")
            for (script, name) in WorldNames.samples {
                let strong = name.unicodeScalars.map { Script(of: $0) }.filter { !$0.isShared }
                #expect(strong.map(\.isoCode).allSatisfy { $0 == script }, "\(name) is not all \(script)")
                let missing = FontCoverage.missing(in: name, style: style, library: TestFonts.library)
                #expect(missing.isEmpty, "\(path) \(weight) \(script) \(name): \(missing.map { String($0.scalar) })")
            }
        }
    }

    /// A typo in a script code (`Lao` for `Laoo`) or a font listed for the wrong script would
    /// silently leave the script to the fallback chain; each entry must name an ICU script that
    /// its first regular font covers.
    @Test(arguments: ["fonts/noto-serif.json", "fonts/noto-sans.json"])
    func everyScriptEntryNamesAScriptItsFontCovers(set path: String) throws {
        let fontSet = try TestFonts.load(path)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: TestFonts.packageRoot.appendingPathComponent(path)))
        let codes = try #require(((json as? [String: Any])?["scripts"] as? [String: Any])?.keys).filter { $0 != "default" }
        var characters: [String: [Unicode.Scalar]] = [:]
        for value in UInt32(0x21)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            let script = Script(of: scalar)
            if !script.isShared { characters[script.isoCode, default: []].append(scalar) }
        }
        for code in codes.sorted() {
            let ofScript = try #require(characters[code], "\(path): \(code) is not a script ICU knows")
            let script = Script(of: ofScript[0])
            let font = try #require(fontSet.candidates(for: script, weight: .regular).first)
            let face = try FontFace(font)
            #expect(ofScript.contains(where: face.covers), "\(path): \(font) covers no \(code) character")
        }
    }

    @Test func aWeightWithoutFontsOfItsOwnTakesTheRegularFonts() throws {
        let syriac = try TestFonts.notoSerif().candidates(for: Script(of: "ܐ"), weight: .bold).map(\.description)
        #expect(syriac.first == "NotoSansSyriac-Regular.ttf")
        let shaped = ShapedText("ܐܦܪܝܡ", style: try TestFonts.style(weight: .bold), library: TestFonts.library)
        #expect(shaped.runs.map(\.face.reference.description) == ["NotoSansSyriac-Regular.ttf"])
        #expect(shaped.missingGlyphs.isEmpty)
    }

    @Test func coverageReportsEveryUncoveredCharacterWithItsOffset() throws {
        let missing = FontCoverage.missing(in: "a\u{E000}b \u{10FFFD}", style: try TestFonts.style(), library: TestFonts.library)
        #expect(missing == [MissingGlyph(offset: 1, scalar: "\u{E000}"), MissingGlyph(offset: 4, scalar: "\u{10FFFD}")])
        #expect(FontCoverage.missing(in: "Peace سلام 和平 שלום शांति", style: try TestFonts.style(), library: TestFonts.library).isEmpty)
    }

    @Test func scriptMixCountsCharactersPerScript() {
        var mix = ScriptMix()
        mix.add("Peace, سلام 和平!")
        mix.add("é\u{301}")
        #expect(mix.counts == ["Latn": 7, "Arab": 4, "Hani": 2, "Zyyy": 2])
        #expect(mix.ranked.first?.script == "Latn")
        #expect(mix.total == 15)
    }

    @Test func directionFromTheFirstStrongCharacterOrTheLanguage() {
        #expect(TextDirection.firstStrong(in: "2024: שלום world") == .rightToLeft)
        #expect(TextDirection.firstStrong(in: "«Peace» سلام") == .leftToRight)
        #expect(TextDirection.firstStrong(in: "12 – 34") == nil)
        for language in ["ar", "fa", "he", "ur", "yi", "ar-EG", "pa-Arab"] { #expect(TextDirection(language: language) == .rightToLeft, "\(language)") }
        for language in ["en", "zh", "tr", "hi", "pa", "xx"] { #expect(TextDirection(language: language) == .leftToRight, "\(language)") }
    }
}
