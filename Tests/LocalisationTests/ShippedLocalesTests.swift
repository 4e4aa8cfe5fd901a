import Foundation
@testable import Localisation
import Testing

@Suite("The shipped locales/ files")
struct ShippedLocalesTests {
    static let required = ["en", "fr", "es", "ru", "ar", "zh", "de", "fa", "he", "hi", "tr", "el", "ja", "ko", "pt", "it",
                           "nl", "pl", "uk", "sw"]
    let library = TermsLibrary(directory: LocalesFolder.url)

    @Test("Every language the issue asks for has a file")
    func everyLanguage() {
        #expect(Set(Self.required).isSubset(of: Set(library.languages())), "\(library.languages())")
    }

    @Test("Each file is complete: no term missing, no plural form its language needs left out, no unknown term")
    func complete() throws {
        for language in library.languages() {
            let terms = try library.terms(for: language)
            #expect(terms.warnings.isEmpty, "\(language): \(terms.warnings.map(\.description))")
            // The web page's table is checked by the server's own tests (it offers only languages
            // that translate all of it); every term a document prints must be there.
            let printed = terms.missing.filter { !TermsLibrary.notInDocuments.contains(String($0.rawValue.prefix { $0 != "." })) }
            #expect(printed.isEmpty, "\(language): \(printed)")
        }
    }

    @Test("English has every term the program uses")
    func englishHasEveryKey() throws {
        let english = try library.terms(for: "en")
        let keys: [TermKey] = [.signatoriesHeading, .signatoriesBookmark, .groupHeading, .groupContinued, .total, .listDigest,
                               .anonymous, .entryRange, .header, .footer, .footerSignatures, .letter, .cover, .colophon,
                               .colophonSignatures, .colophonDigest, .colophonProduced, .producedDate]
        for key in keys { #expect(english.term(key) != nil, "\(key)") }
    }

    @Test("Each language's date pattern is one ICU accepts, and names the month in that language")
    func datePatterns() throws {
        let date = Date(timeIntervalSince1970: 1_795_000_000)
        for language in library.languages() {
            let terms = try library.terms(for: language)
            let pattern = terms.text(.producedDate)
            let written = try #require(DateFormat(language: language).string(date, pattern: pattern), "\(language): \(pattern)")
            #expect(written.contains("11:06"), "\(language): \(written)")
            #expect(!written.contains("November") || language.hasPrefix("en") || language == "nl" || language == "de",
                    "\(language): \(written)")
        }
    }

    @Test("Totals read right in the languages with the hardest plurals")
    func totals() throws {
        let russian = try library.terms(for: "ru")
        #expect([21, 22, 25, 11].map { russian.text(.total, count: $0) }
                == ["Всего: 21 подпись", "Всего: 22 подписи", "Всего: 25 подписей", "Всего: 11 подписей"])
        let arabic = try library.terms(for: "ar")
        #expect([0, 1, 2, 3, 11, 100].map { arabic.text(.total, count: $0) }
                == ["المجموع: لا توقيعات", "المجموع: توقيع واحد", "المجموع: توقيعان", "المجموع: 3 توقيعات",
                    "المجموع: 11 توقيعًا", "المجموع: 100 توقيع"])
        #expect(arabic.with(digits: .native).text(.total, count: 5000) == "المجموع: ٥٬٠٠٠ توقيع")
        let english = try library.terms(for: "en")
        #expect(english.text(.total, count: 1) == "Total: 1 signature")
        #expect(try library.terms(for: "fr").text(.total, count: 1_000_000) == "Total\u{A0}: 1\u{202F}000\u{202F}000 de signatures")
        #expect(try library.terms(for: "pt-BR").text(.anonymous) == "Anônimo")
        #expect(try library.terms(for: "pt-PT").text(.anonymous) == "Anónimo")
        #expect(try library.terms(for: "pt-PT").text(.cover) == "Capa")
    }
}
