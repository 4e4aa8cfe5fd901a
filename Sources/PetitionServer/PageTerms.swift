import Foundation
import Localisation

/// Every string of the web page, from the `[web]` table of the terms files
/// (`locales/<tag>.toml`), in the language picked from the browser's `Accept-Language`.
struct PageTerms: Sendable {
    /// The language tag of the terms chosen.
    let language: String
    /// Nil only when no terms file could be read: the page then shows its keys.
    private let terms: Terms?

    /// The page's keys in the `[web]` table; each language offered has them all.
    static let keys: [String] = [
        "title", "intro", "letterLegend", "letterFile", "letterText", "letterHint",
        "signatoriesLabel", "signatoriesHint", "logoLabel", "logoHint", "layoutLabel", "optionsLegend",
        "languageLabel", "languageAuto", "privacyLabel", "privacyDefault", "privacy-full", "privacy-surname-initial",
        "privacy-city-only", "privacy-anonymous", "privacy-hidden", "orderLabel", "order-as-given", "order-surname",
        "order-full-name", "groupByLabel", "figuresLabel", "groupByHint", "submit", "noscript", "queued",
        "measuring", "pages", "finishing", "resultHeading", "pagesCount", "rowsCount",
        "printedCount", "rejectedCount", "downloadPdf", "downloadRejects", "previewsHeading", "previewAlt",
        "warningsHeading", "whereColumn", "messageColumn", "noWarnings", "errorHeading", "backToForm",
        "busy", "networkError", "privacyNote",
    ]

    /// Languages written right to left (their primary subtags).
    private static let rightToLeft: Set<String> = ["ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "ug"]

    init(terms: Terms?) {
        self.terms = terms
        language = terms?.language ?? TermsLibrary.referenceLanguage
    }

    var isRightToLeft: Bool {
        Self.rightToLeft.contains(String(language.lowercased().split(separator: "-").first ?? ""))
    }

    /// The term `web.KEY`.
    subscript(key: String) -> String {
        terms?.text(TermKey(rawValue: "web." + key)) ?? key
    }

    /// Every term of the page, for its script.
    var all: [String: String] {
        Dictionary(uniqueKeysWithValues: Self.keys.map { ($0, self[$0]) })
    }

    /// Whether `terms` has every key of the page in its own language (none fell back to English).
    static func isComplete(_ terms: Terms) -> Bool {
        !terms.missing.contains { $0.rawValue.hasPrefix("web.") }
    }
}

/// The page's languages: those whose terms file translates the whole `[web]` table. Picks one
/// for an `Accept-Language` header (`fr-CH, fr;q=0.9, en;q=0.8`): highest quality first, each
/// range through the terms' fallback chain (`fr-CH` -> `fr`), English when nothing matches.
struct PageLanguages: Sendable {
    private let byTag: [String: PageTerms]
    private let fallback: PageTerms

    /// Loads every terms file of `library`; a file that cannot be read is left out, and without
    /// a readable English file the page shows its keys (the server still answers).
    init(library: TermsLibrary) {
        var byTag: [String: PageTerms] = [:]
        for tag in library.languages() {
            guard let terms = try? library.terms(for: tag), tag == TermsLibrary.referenceLanguage || PageTerms.isComplete(terms) else { continue }
            byTag[tag.lowercased()] = PageTerms(terms: terms)
        }
        self.byTag = byTag
        fallback = byTag[TermsLibrary.referenceLanguage] ?? PageTerms(terms: nil)
    }

    /// The languages offered, sorted.
    var tags: [String] { byTag.keys.sorted() }

    func negotiate(_ header: String?) -> PageTerms {
        guard let header else { return fallback }
        let ranges = header.split(separator: ",").enumerated().compactMap { position, item -> (tag: String, quality: Double, position: Int)? in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first, !tag.isEmpty, tag != "*" else { return nil }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (tag, quality, position)
        }
        for range in ranges.sorted(by: { ($0.quality, -$0.position) > ($1.quality, -$1.position) }) where range.quality > 0 {
            for tag in TermsLibrary.chain(for: range.tag).dropLast() {
                if let terms = byTag[tag.lowercased()] { return terms }
            }
            if range.tag.lowercased().hasPrefix(TermsLibrary.referenceLanguage) { return fallback }
        }
        return fallback
    }
}
