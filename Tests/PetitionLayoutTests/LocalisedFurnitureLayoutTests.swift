import DisplayList
import LayoutFile
import PetitionDocument
import Testing
import TypographyTestSupport
@testable import PetitionLayout

/// The layout's own words come from the letter language's terms, a layout's template wins over
/// them, and `[numbers] digits` writes every number in the language's digits.
@Suite("Headings, footers, totals and labels in the letter's language")
struct LocalisedFurnitureLayoutTests {
    static let russian = "Все люди рождаются свободными и равными в своем достоинстве и правах."
    static let arabic = "يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق."

    func texts(_ request: LayoutRequest) throws -> (pages: [Page], texts: [String]) {
        let pages = try DocumentFixture.pages(request)
        return (pages, DocumentFixture.runs(pages).map(\.text))
    }

    @Test func aRussianListIsHeadedCountedAndFootedInRussian() throws {
        let request = DocumentFixture.request(DocumentFixture.letter([Self.russian], title: "Письмо"),
                                              signatories: DocumentFixture.names(25), language: "ru")
        let (pages, texts) = try texts(request)
        #expect(texts.contains("Подписавшие (25)"), "\(texts)")
        #expect(texts.contains("Всего: 25 подписей"), "\(texts)")
        #expect(texts.contains { $0.hasPrefix("Подписи 1–25 из 25 — страница 1 из 1") }, "\(texts)")
        #expect(pages.flatMap(\.bookmarks).map(\.title) == ["Письмо", "Подписавшие (25)"])
        #expect(!texts.contains { $0.contains("Signator") || $0.contains("Total") })
    }

    @Test func theTotalTakesThePluralFormOfItsCount() throws {
        for (count, total) in [(1, "Всего: 1 подпись"), (22, "Всего: 22 подписи"), (21, "Всего: 21 подпись")] {
            let request = DocumentFixture.request(DocumentFixture.letter([Self.russian]), signatories: DocumentFixture.names(count),
                                                  language: "ru")
            #expect(try texts(request).texts.contains(total), "\(count)")
        }
        let english = DocumentFixture.request(DocumentFixture.letter(["Free them."]), signatories: DocumentFixture.names(1),
                                              language: "en")
        #expect(try texts(english).texts.contains("Total: 1 signature"))
    }

    @Test func aLayoutsOwnTemplatesWinInEveryLanguage() throws {
        var request = DocumentFixture.request(DocumentFixture.letter([Self.russian], title: "Письмо"),
                                              signatories: DocumentFixture.names(25), language: "ru")
        request.settings.signatories.headingTemplate = "Liste ({count})"
        request.settings.footer.signatureText = "{range} / {total}"
        let texts = try texts(request).texts
        #expect(texts.contains("Liste (25)"), "\(texts)")
        #expect(texts.contains("1–25 / 25"), "\(texts)")
        #expect(texts.contains("Всего: 25 подписей"), "the total is still the language's")
        request.settings.signatories.headingTemplate = ""
        #expect(try !self.texts(request).texts.contains { $0.hasPrefix("Подписавшие") || $0.hasPrefix("Liste") })
    }

    @Test func nativeDigitsWriteEveryNumberInTheLanguagesOwn() throws {
        var request = DocumentFixture.request(DocumentFixture.letter([Self.arabic], title: "نداء"),
                                              signatories: DocumentFixture.names(25), language: "ar")
        request.settings.numbers.digits = .native
        request.settings.signatories.numbering = true
        // Runs come in visual order, one per bidi run: "(", "٢٥", ")" and the heading's word apart.
        let texts = try texts(request).texts
        for run in ["الموقّعون ", "٢٥", " توقيعًا", "المجموع: ", "١٢", "التوقيعات ", "–", "صفحة "] {
            #expect(texts.contains(run), "\(run) in \(texts)")
        }
        let latinDigits = texts.filter { !$0.hasPrefix("Name") && $0.contains { ("0"..."9").contains($0) } }
        #expect(latinDigits.isEmpty, "\(latinDigits)")
    }

    @Test func coverAndColophonAreLabelledInTheLanguage() throws {
        var request = DocumentFixture.request(DocumentFixture.letter(["Tous les êtres humains naissent libres."], title: "Lettre ouverte"),
                                              signatories: DocumentFixture.names(2), language: "fr")
        request.settings.parts = DocumentParts(cover: true, colophon: true)
        let (pages, texts) = try texts(request)
        #expect(pages.map(\.label) == ["Couverture", "1", "Colophon"])
        #expect(pages.flatMap(\.bookmarks).map(\.title) == ["Couverture", "Lettre ouverte", "Signataires (2)", "Colophon"])
        #expect(texts.contains("2 signatures"))
        #expect(texts.contains { $0.hasPrefix("Produit le ") && $0.contains("Petition Printer") }, "\(texts)")
    }
}
