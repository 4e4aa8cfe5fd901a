import Foundation
import Synchronization

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
