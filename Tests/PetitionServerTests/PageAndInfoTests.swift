import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Localisation
@testable import PetitionServer

/// `GET /`, `/healthz` and `/api/layouts`.
@Suite("The page and the information routes")
struct PageAndInfoTests {
    @Test func healthzSaysReady() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        let response = try await fixture.test { client in try await client.execute(uri: "/healthz", method: .get) }
        #expect(response.status == .ok)
        #expect(response.json["status"] as? String == "ready")
    }

    @Test func layoutsListsEachLayoutWithItsDescriptionAndPageSize() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        let response = try await fixture.test { client in try await client.execute(uri: "/api/layouts", method: .get) }
        let layouts = try #require(response.json["layouts"] as? [[String: Any]])
        let names = layouts.compactMap { $0["name"] as? String }
        #expect(names.contains("classic-a4") && names.contains("classic-letter"))
        let a4 = try #require(layouts.first { $0["name"] as? String == "classic-a4" })
        #expect(!(a4["description"] as? String ?? "").isEmpty)
        let size = try #require(a4["pageSize"] as? [String: Any])
        #expect(size["name"] as? String == "A4")
        #expect(size["widthMillimetres"] as? Double == 210)
        let letter = try #require(layouts.first { $0["name"] as? String == "classic-letter" })
        #expect((letter["pageSize"] as? [String: Any])?["width"] as? Double == 612)
    }

    @Test(arguments: [
        ("fr-CH, fr;q=0.9, en;q=0.8", "fr", "Imprimer une pétition"),
        ("de, ar;q=0.5", "ar", "طباعة عريضة"),
        ("zh-Hans-CN", "zh", "打印请愿书"),
        ("ru;q=0.2, es;q=0.7", "es", "Imprimir una petición"),
        ("de-DE", "en", "Print a petition"),
    ])
    func thePageSpeaksTheBrowsersLanguage(header: String, language: String, title: String) async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        let response = try await fixture.test { client in
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: header])
        }
        let html = response.body.text
        #expect(response.headers[.contentLanguage] == language)
        #expect(html.contains("<html lang=\"\(language)\" dir=\"\(language == "ar" ? "rtl" : "ltr")\">"))
        #expect(html.contains("<h1>\(title)</h1>"))
    }

    @Test func theSixUNLanguagesTranslateEveryTermOfThePage() throws {
        let library = TermsLibrary(directory: ServerFixture.resources.localesDirectory)
        let languages = PageLanguages(library: library)
        #expect(Set(["en", "fr", "es", "ru", "ar", "zh"]).isSubset(of: languages.tags), "\(languages.tags)")
        let english = try library.terms(for: "en")
        for key in PageTerms.keys {
            #expect(english.term(TermKey(rawValue: "web." + key)) != nil, "en.toml has no web.\(key)")
        }
        for language in ["fr", "es", "ru", "ar", "zh"] {
            let terms = try library.terms(for: language)
            #expect(PageTerms.isComplete(terms), "\(language) lacks \(terms.missing.filter { $0.rawValue.hasPrefix("web.") })")
            let page = languages.negotiate(language)
            #expect(page.language == language)
            #expect(page["submit"] != PageTerms(terms: english)["submit"], "\(language) has no translation of web.submit")
        }
    }

    @Test func aLanguageWithoutThePagesTermsGetsTheEnglishPage() {
        let languages = PageLanguages(library: TermsLibrary(directory: ServerFixture.resources.localesDirectory))
        // German has a terms file for the PDF but (so far) no [web] table.
        #expect(languages.negotiate("de-DE, de;q=0.9").language == "en")
        #expect(languages.negotiate("de, fr;q=0.5").language == "fr")
        #expect(languages.negotiate(nil).language == "en")
    }

    @Test func aBrowserWithoutScriptGetsItsErrorAsAPageInItsLanguage() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        var form = MultipartForm()
        form.file("letter", filename: "lettre.txt", Data("Title: Eau\n\nDe l’eau <propre>".utf8) + Data([0xFF]))
        let headers = form.headers.merging([.accept: "text/html,application/xhtml+xml,*/*;q=0.8", .acceptLanguage: "fr"])
        let response = try await fixture.test { [form] client in
            try await client.execute(uri: "/api/render", method: .post, headers: headers, body: form.bytes)
        }
        #expect(response.status == .badRequest)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        let html = response.body.text
        #expect(html.contains("<h1>Le PDF n’a pas pu être créé</h1>"))
        #expect(html.contains("lettre.txt:3:18: error: invalid UTF-8"), "\(html)")
        #expect(html.contains("<a href=\"/\">Retour au formulaire</a>"))
    }

    @Test func everyControlHasALabelAndTheFormWorksWithoutScript() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        let html = try await fixture.test { client in try await client.execute(uri: "/", method: .get) }.body.text
        #expect(html.contains("<form id=\"petition-form\" action=\"/api/render\" method=\"post\" enctype=\"multipart/form-data\">"))
        let controls = html.matches(of: /<(?:input|select|textarea) [^>]*id="([^"]+)"/).map { String($0.output.1) }
        #expect(controls.count == 10, "\(controls)")
        for id in controls {
            #expect(html.contains("<label for=\"\(id)\""), "no label for #\(id)")
        }
        for name in ["letter", "letterText", "signatories", "logo", "layout", "lang", "privacy", "order", "groupBy", "figures"] {
            #expect(html.contains("name=\"\(name)\""), "no field \(name)")
            #expect(RenderForm.fields.contains(name))
        }
        #expect(html.contains("name=\"signatories\" multiple"))
        // Nothing comes from another site.
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("//cdn"))
    }
}
