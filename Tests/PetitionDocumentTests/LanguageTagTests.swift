import Testing
@testable import PetitionDocument

/// BCP 47 shape checks behind the `Language:` header.
struct LanguageTagTests {
    @Test("well-formed tags in canonical case", arguments: [
        ("en", "en"), ("EN", "en"), ("pt-br", "pt-BR"), ("pt_BR", "pt-BR"), ("zh-hans", "zh-Hans"),
        ("zh-Hant-TW", "zh-Hant-TW"), ("es-419", "es-419"), ("sr-Latn-RS", "sr-Latn-RS"),
        ("de-CH-1996", "de-CH-1996"), ("sl-rozaj-biske", "sl-rozaj-biske"), ("zh-yue-HK", "zh-yue-HK"),
        ("en-US-u-ca-gregory", "en-US-u-ca-gregory"), ("en-x-petition", "en-x-petition"), ("x-whatever", "x-whatever"),
    ])
    func valid(input: String, canonical: String) {
        #expect(LanguageTag.canonical(input) == canonical)
    }

    @Test("malformed tags", arguments: [
        "", "e", "english language", "en-", "-en", "en--US", "abcd", "en-US-u", "en-x", "123",
        "toolongtag", "english", "deutsch", "en-ÄÖ", "i-klingon",
    ])
    func invalid(input: String) {
        #expect(LanguageTag.canonical(input) == nil)
    }
}
