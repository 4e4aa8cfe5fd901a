import Foundation
import LayoutFile
@testable import Localisation
import Testing

@Suite("Plural categories, numbers and dates from ICU")
struct PluralAndNumberTests {
    @Test("English has one and other: 1 is one, 0 and 2 are other")
    func english() {
        let rules = PluralRules(language: "en")
        #expect(rules.categories == [.one, .other])
        #expect([0, 1, 2, 21].map(rules.category(of:)) == [.other, .one, .other, .other])
    }

    @Test("Russian: 21 one, 22 few, 25 many, 11 many, 111 many, 101 one")
    func russian() {
        let rules = PluralRules(language: "ru")
        #expect(rules.categories == [.one, .few, .many, .other])
        #expect([1, 21, 101, 2, 22, 24, 5, 11, 12, 25, 111, 1000].map(rules.category(of:))
                == [.one, .one, .one, .few, .few, .few, .many, .many, .many, .many, .many, .many])
    }

    @Test("Arabic uses all six categories")
    func arabic() {
        let rules = PluralRules(language: "ar")
        #expect(rules.categories == Set(PluralCategory.allCases))
        #expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map(rules.category(of:))
                == [.zero, .one, .two, .few, .few, .many, .many, .other, .other])
    }

    @Test("French says 'de' after a million: 1,000,000 is many, as are other exact millions")
    func frenchMillions() {
        let rules = PluralRules(language: "fr")
        #expect([0, 1, 2, 1_000_000, 2_000_000, 1_000_001].map(rules.category(of:)) == [.one, .one, .other, .many, .many, .other])
    }

    @Test("A region's rules are its language's; an unknown language has only other")
    func regionsAndUnknown() {
        #expect(PluralRules(language: "pt-BR").category(of: 0) == .one)
        #expect(PluralRules(language: "pt-PT").category(of: 0) == .other)
        #expect(PluralRules(language: "qq").categories == [.other])
    }

    @Test("Grouping and digits: each language's separator and sizes, Hindi's lakh groups, native digits when asked")
    func grouping() {
        #expect(NumberFormat(language: "en").string(1_234_567) == "1,234,567")
        #expect(NumberFormat(language: "de").string(1_234_567) == "1.234.567")
        #expect(NumberFormat(language: "fr").string(1_234_567) == "1\u{202F}234\u{202F}567")
        #expect(NumberFormat(language: "ru").string(5000) == "5\u{A0}000")
        #expect(NumberFormat(language: "hi").string(1_234_567) == "12,34,567")
        #expect(NumberFormat(language: "hi", digits: .native).string(1_234_567) == "१२,३४,५६७")
        #expect(NumberFormat(language: "ar").string(5000) == "5,000")
        #expect(NumberFormat(language: "ar", digits: .native).string(5000) == "٥٬٠٠٠")
        #expect(NumberFormat(language: "fa", digits: .native).string(5000) == "۵٬۰۰۰")
        #expect(NumberFormat(language: "zh", digits: .native).string(5000) == "5,000", "Han numerals are not used as digits")
        #expect(NumberFormat(language: "he", digits: .native).string(5000) == "5,000")
        #expect(NumberFormat(language: "ar", digits: .native).ungrouped(1234) == "١٢٣٤")
    }

    @Test("The fast formatter writes every number as ICU's own formatter does, in every shipped language and both digits")
    func matchesICU() throws {
        let languages = TermsLibrary(directory: LocalesFolder.url).languages() + ["pt-BR", "es-MX", "en-IN", "bn", "th", "ur", "mr"]
        #expect(languages.count >= 20)
        let numbers = [0, 7, 42, 999, 1000, 1234, 9999, 10_000, 12_345, 99_999, 100_000, 123_456, 1_000_000, 1_234_567,
                       12_345_678, 987_654_321, Int(Int32.max)]
        for language in languages {
            for digits in Digits.allCases {
                let format = NumberFormat(language: language, digits: digits)
                for number in numbers {
                    let expected = try #require(format.icuString(number))
                    #expect(format.string(number) == expected, "\(language) \(digits) \(number)")
                }
            }
        }
    }

    @Test("Dates in the language's month names and digits, in UTC")
    func dates() {
        let date = Date(timeIntervalSince1970: 1_795_000_000) // 18 November 2026, 11:06:40 UTC
        #expect(DateFormat(language: "en").string(date, pattern: "d MMMM y, HH:mm") == "18 November 2026, 11:06")
        #expect(DateFormat(language: "fr").string(date, pattern: "d MMMM y") == "18 novembre 2026")
        #expect(DateFormat(language: "ru").string(date, pattern: "d MMMM y") == "18 ноября 2026")
        #expect(DateFormat(language: "ar", digits: .native).string(date, pattern: "d MMMM y") == "١٨ نوفمبر ٢٠٢٦")
        #expect(DateFormat(language: "zh").string(date, pattern: "y年M月d日") == "2026年11月18日")
    }
}

/// The project's `locales/` folder, found from this file.
enum LocalesFolder {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("locales")
}
