import Diagnostics
import Foundation
@testable import Localisation
import Testing

/// A folder of terms files written for one test, removed when it ends.
final class TemporaryLocales {
    let url: URL

    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("locales-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var library: TermsLibrary { TermsLibrary(directory: url) }

    static let english = """
        format = 1
        [signatories]
        heading = "Signatories ({count})"
        anonymous = "Anonymous"
        [signatories.total]
        one = "Total: {count} signature"
        other = "Total: {count} signatures"
        [document]
        cover = "Cover"
        """
}

@Suite("Terms files: the fallback chain, missing terms, plural forms and mistakes")
struct TermsLibraryTests {
    @Test("The chain drops one subtag at a time and ends in English")
    func chain() {
        #expect(TermsLibrary.chain(for: "pt-BR") == ["pt-BR", "pt", "en"])
        #expect(TermsLibrary.chain(for: "zh_Hant_TW") == ["zh-Hant-TW", "zh-Hant", "zh", "en"])
        #expect(TermsLibrary.chain(for: "en-GB") == ["en-GB", "en"])
        #expect(TermsLibrary.chain(for: "en") == ["en"])
    }

    @Test("pt-BR takes its own terms first, then Portuguese, then English, and names what fell back to English")
    func fallback() throws {
        let folder = try TemporaryLocales([
            "en.toml": TemporaryLocales.english,
            "pt.toml": "format = 1\n[signatories]\nheading = \"Signatários ({count})\"\nanonymous = \"Anónimo\"\n",
            "pt-BR.toml": "format = 1\n[signatories]\nanonymous = \"Anônimo\"\n",
        ])
        let terms = try folder.library.terms(for: "pt-BR")
        #expect(terms.text(.anonymous) == "Anônimo")
        #expect(terms.text(.signatoriesHeading, ["count": "3"]) == "Signatários (3)")
        #expect(terms.text(.cover) == "Cover")
        #expect(terms.missing == [.cover, .total])
        #expect(terms.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["pt-BR.toml", "pt.toml", "en.toml"])
        let warning = try #require(terms.warnings.first { $0.message.contains("printed in English") })
        #expect(warning.message.hasSuffix("printed in English: document.cover, signatories.total"))
        #expect(warning.message.contains("pt-BR.toml lacks 2 terms"))
    }

    @Test("A language without a file gets English and a warning saying which files were looked for")
    func noFile() throws {
        let folder = try TemporaryLocales(["en.toml": TemporaryLocales.english])
        let terms = try folder.library.terms(for: "sw-KE")
        #expect(terms.text(.cover) == "Cover")
        #expect(terms.warnings.map(\.message).contains { $0.contains("no terms for 'sw-KE'") && $0.contains("sw-KE.toml, sw.toml") })
        #expect(try folder.library.terms(for: "en-GB").warnings.isEmpty, "English variants need no file of their own")
    }

    @Test("Plural forms follow the language's rules, and the count is written its way")
    func plurals() throws {
        let folder = try TemporaryLocales([
            "en.toml": TemporaryLocales.english,
            "ru.toml": """
                format = 1
                [signatories.total]
                one = "Всего: {count} подпись"
                few = "Всего: {count} подписи"
                many = "Всего: {count} подписей"
                other = "Всего: {count} подписи"
                """,
        ])
        let english = try folder.library.terms(for: "en")
        #expect(english.text(.total, count: 1) == "Total: 1 signature")
        #expect(english.text(.total, count: 2) == "Total: 2 signatures")
        #expect(english.text(.total, count: 5000) == "Total: 5,000 signatures")
        let russian = try folder.library.terms(for: "ru")
        #expect([21, 22, 25, 5000].map { russian.text(.total, count: $0) }
                == ["Всего: 21 подпись", "Всего: 22 подписи", "Всего: 25 подписей", "Всего: 5\u{A0}000 подписей"])
        #expect(russian.with(digits: .native).text(.total, count: 21) == "Всего: 21 подпись")
    }

    @Test("A plural term lacking a form the language uses is warned about at its line; 'other' prints instead")
    func lackingForm() throws {
        let folder = try TemporaryLocales([
            "en.toml": TemporaryLocales.english,
            "ar.toml": "format = 1\n[signatories.total]\none = \"توقيع واحد\"\nother = \"{count} توقيع\"\n",
        ])
        let terms = try folder.library.terms(for: "ar")
        let warning = try #require(terms.warnings.first { $0.message.contains("lacks") && $0.message.contains("plural") })
        #expect(warning.location?.line == 2)
        #expect(warning.message.contains("'zero', 'two', 'few', 'many'"))
        #expect(terms.text(.total, count: 3) == "3 توقيع")
    }

    @Test("Mistakes point at file, line and column: a field English lacks, a missing 'other', a bad category, a number")
    func errors() throws {
        func error(_ text: String) throws -> InputError? {
            let folder = try TemporaryLocales(["en.toml": TemporaryLocales.english, "fr.toml": text])
            do { _ = try folder.library.terms(for: "fr") } catch let error as InputError { return error }
            return nil
        }
        let field = try error("format = 1\n[signatories]\nheading = \"Signataires ({nombre})\"\n")
        #expect(field?.location?.line == 3)
        #expect(field?.message == "unknown field '{nombre}' in 'signatories.heading' (fields: {count})")
        let other = try error("format = 1\n[signatories.total]\none = \"{count} signature\"\n")
        #expect(other?.location?.line == 2)
        #expect(other?.message.contains("needs an 'other' form") == true)
        let category = try error("format = 1\n[signatories.total]\nsingular = \"x\"\nother = \"y\"\n")
        #expect(category?.location.map { "\($0.line):\($0.column)" } == "3:1")
        let number = try error("format = 1\n[document]\ncover = 3\n")
        #expect(number?.message == "expected a string for 'cover', got a number")
        let noFormat = try error("[document]\ncover = \"Couverture\"\n")
        #expect(noFormat?.message == "a terms file starts with 'format = 1'")
        #expect(noFormat?.file.hasSuffix("fr.toml") == true)
    }

    @Test("A term English does not have is warned about with a suggestion, and not used")
    func unknownTerm() throws {
        let folder = try TemporaryLocales([
            "en.toml": TemporaryLocales.english,
            "de.toml": "format = 1\n[document]\ncovr = \"Deckblatt\"\n",
        ])
        let terms = try folder.library.terms(for: "de")
        let warning = try #require(terms.warnings.first { $0.message.hasPrefix("unknown term") })
        #expect(warning.message.contains("'document.covr'") && warning.message.contains("did you mean 'document.cover'?"))
        #expect(warning.location?.line == 3)
    }
}
