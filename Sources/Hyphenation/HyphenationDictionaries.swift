import Foundation
import Synchronization

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

/// Parses each hyphenation dictionary at most once per cache and hands out the result to any thread.
///
/// Files are keyed by their path with symbolic links resolved, so `de`, `de-AT` and `de-CH` share one parse
/// where Debian links them to the same file. Failures are remembered too: a broken dictionary throws the
/// same error on every call without being read again. Loading happens under the cache's lock, so concurrent
/// first requests wait for a single parse instead of doing it twice.
public final class HyphenatorCache: Sendable {
    /// A process-wide cache over `HyphenationDictionaries.defaultSearchPaths`.
    public static let shared = HyphenatorCache()

    public let searchPaths: [String]
    private let state = Mutex(State())

    private struct State {
        var urlsByTag: [String: URL?] = [:]
        var patternsByFile: [String: Result<HyphenationPatterns, HyphenationDictionaryError>] = [:]
    }

    public init(searchPaths: [String] = ["/usr/share/hyphen"]) {
        self.searchPaths = searchPaths
    }

    /// The patterns for a BCP 47 tag (see `HyphenationDictionaries.dictionaryURL`), or nil when no dictionary
    /// exists for it. Throws `HyphenationDictionaryError` when the file exists but cannot be read.
    public func patterns(forLanguage tag: String) throws -> HyphenationPatterns? {
        let key = tag.lowercased().replacingOccurrences(of: "_", with: "-")
        let searchPaths = self.searchPaths
        return try state.withLock { state in
            let url: URL?
            if let known = state.urlsByTag[key] {
                url = known
            } else {
                url = HyphenationDictionaries.dictionaryURL(forLanguage: tag, searchPaths: searchPaths)
                state.urlsByTag[key] = .some(url)
            }
            guard let url else { return nil }
            return try Self.load(url, into: &state)
        }
    }

    /// The patterns in a given file, parsed once.
    public func patterns(contentsOf url: URL) throws -> HyphenationPatterns {
        try state.withLock { state in try Self.load(url, into: &state) }
    }

    private static func load(_ url: URL, into state: inout State) throws -> HyphenationPatterns {
        let key = url.resolvingSymlinksInPath().path
        if let cached = state.patternsByFile[key] { return try cached.get() }
        let result: Result<HyphenationPatterns, HyphenationDictionaryError>
        do {
            result = .success(try HyphenationPatterns(contentsOf: url))
        } catch let error as HyphenationDictionaryError {
            result = .failure(error)
        } catch {
            result = .failure(HyphenationDictionaryError(kind: .unreadableFile, file: url.path, line: nil,
                                                         message: String(describing: error)))
        }
        state.patternsByFile[key] = result
        return try result.get()
    }
}
