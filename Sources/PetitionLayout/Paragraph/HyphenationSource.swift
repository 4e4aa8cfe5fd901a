import Hyphenation

/// Where a paragraph's hyphenation points come from: Liang patterns for the letter's language.
public struct HyphenationSource: Sendable {
    let patterns: HyphenationPatterns

    public init(patterns: HyphenationPatterns) {
        self.patterns = patterns
    }

    /// Words shorter than this many letters are never hyphenated (TeX needs lefthyphenmin +
    /// righthyphenmin; five letters is the usual practical floor).
    static let minimumWordLength = 5

    /// Offsets in Unicode scalars of `word` before which a hyphen may go.
    func points(in word: String) -> [Int] {
        word.unicodeScalars.count < Self.minimumWordLength ? [] : patterns.hyphenationPoints(in: word)
    }
}
