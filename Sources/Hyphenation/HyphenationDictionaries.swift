import Foundation

/// Finds the `hyph_*.dic` file for a language.
public enum HyphenationDictionaries {
    /// Where Debian's hyphen-* packages (and most Linux distributions) install the dictionaries.
    public static let defaultSearchPaths = ["/usr/share/hyphen"]

    /// The dictionary file for a BCP 47 tag (`en`, `en-GB`, `de-CH`, `pt-BR`, `sr-Latn-RS`), searching `searchPaths`.
    ///
    /// Tags are case-insensitive and accept `_` for `-` (POSIX locale names such as `de_DE.UTF-8` work too);
    /// file names are matched case-insensitively. Candidates, most specific first, each looked for in every
    /// search path in order before the next candidate:
    /// 1. `hyph_ll_Ssss_RR.dic`, `hyph_ll_RR.dic`, `hyph_ll_Ssss.dic` for the tag's script and region;
    /// 2. the language's usual region (`en` -> US, `de` -> DE, `pt` -> PT, `sv` -> SE, ...; else `ll_LL`);
    /// 3. `hyph_ll.dic`;
    /// 4. any other `hyph_ll_*.dic`, in name order.
    ///
    /// So `en-GB` gives `hyph_en_GB.dic` when installed and `hyph_en_US.dic` otherwise. Returns nil when
    /// the tag is not a language tag or no file exists.
    public static func dictionaryURL(forLanguage tag: String, searchPaths: [String] = ["/usr/share/hyphen"]) -> URL? {
        guard let language = LanguageTag(tag) else { return nil }
        let listings = searchPaths.map { path -> (path: String, names: [String: String]) in
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            var names: [String: String] = [:]
            for entry in entries {
                let lower = entry.lowercased()
                if lower.hasPrefix("hyph_") && lower.hasSuffix(".dic") { names[lower] = entry }
            }
            return (path, names)
        }
        var candidates = language.candidateFileNames
        // Last resort: any regional variant of the language, in a stable order.
        let prefix = "hyph_\(language.language)_"
        let variants = Set(listings.flatMap { $0.names.keys.filter { $0.hasPrefix(prefix) } }).sorted()
        candidates.append(contentsOf: variants)

        for candidate in candidates {
            for listing in listings {
                guard let name = listing.names[candidate] else { continue }
                let url = URL(fileURLWithPath: listing.path).appendingPathComponent(name)
                if FileManager.default.isReadableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }
}

/// The parts of a BCP 47 tag (or POSIX locale name) that pick a dictionary.
struct LanguageTag: Equatable {
    let language: String
    let script: String?
    let region: String?

    /// The usual region of a language's main dictionary, where it is not simply the language code in capitals.
    static let usualRegion: [String: String] = [
        "en": "us", "pt": "pt", "sv": "se", "da": "dk", "nb": "no", "nn": "no", "el": "gr", "cs": "cz",
        "uk": "ua", "sl": "si", "sr": "rs", "et": "ee", "ga": "ie", "ca": "es", "gl": "es", "eu": "es",
        "af": "za", "zu": "za", "hi": "in", "te": "in", "ta": "in", "bn": "in", "be": "by", "kk": "kz",
        "sq": "al", "ka": "ge", "hy": "am", "ko": "kr", "ja": "jp", "zh": "cn", "vi": "vn", "he": "il",
        "ar": "sa", "fa": "ir", "ms": "my", "cy": "gb", "gd": "gb", "la": "va", "eo": "xx",
    ]

    init?(_ tag: String) {
        var text = tag.trimmingCharacters(in: .whitespaces)
        if let cut = text.firstIndex(where: { $0 == "." || $0 == "@" }) { text = String(text[..<cut]) }
        let subtags = text.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let first = subtags.first, (2...3).contains(first.count),
              first.unicodeScalars.allSatisfy({ $0 >= "a" && $0 <= "z" }) else { return nil }
        language = first
        var rest = subtags.dropFirst()[...]
        func isAlpha(_ s: String) -> Bool { s.unicodeScalars.allSatisfy { $0 >= "a" && $0 <= "z" } }
        func isDigits(_ s: String) -> Bool { s.unicodeScalars.allSatisfy { $0 >= "0" && $0 <= "9" } }
        if let next = rest.first, next.count == 4, isAlpha(next) {
            script = next
            rest = rest.dropFirst()
        } else {
            script = nil
        }
        if let next = rest.first, (next.count == 2 && isAlpha(next)) || (next.count == 3 && isDigits(next)) {
            region = next
        } else {
            region = nil
        }
    }

    /// Lowercased file names to look for, most specific first (without the any-variant fallback).
    var candidateFileNames: [String] {
        var names: [String] = []
        func add(_ parts: String...) {
            let name = "hyph_" + parts.joined(separator: "_") + ".dic"
            if !names.contains(name) { names.append(name) }
        }
        if let script, let region { add(language, script, region) }
        if let region { add(language, region) }
        if let script { add(language, script) }
        add(language, LanguageTag.usualRegion[language] ?? language)
        add(language)
        return names
    }
}
