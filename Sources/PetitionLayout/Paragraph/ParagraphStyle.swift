import Hyphenation
import Typography

/// How lines of a paragraph are aligned.
public enum LineAlignment: Sendable, Equatable {
    /// Every line but the last fills the measure; the last is set at the start side.
    case justified
    /// Ragged at the end side: left in left-to-right text, right in right-to-left text.
    case start
    case centered
}

/// Everything the paragraph breaker needs to know besides the text.
public struct ParagraphStyle: Sendable {
    public var text: TextStyle
    public var alignment: LineAlignment
    /// Line width in points.
    public var width: Double
    /// Indent of the first line.
    public var firstLineIndent: Double
    /// Indent of every line after the first (a hanging indent for long signatory names).
    public var hangingIndent: Double
    /// Hyphenation patterns, or nil to never hyphenate.
    public var hyphenation: HyphenationSource?
    /// The paragraph's direction, or nil to take it from the first strong character.
    public var direction: TextDirection?
    /// The side ragged and last lines start from, when it is not the paragraph's own direction:
    /// a Latin name in a right-to-left document sits at the right edge of its column.
    public var startSide: TextDirection?

    public init(text: TextStyle, alignment: LineAlignment, width: Double, firstLineIndent: Double = 0, hangingIndent: Double = 0,
                hyphenation: HyphenationSource? = nil, direction: TextDirection? = nil, startSide: TextDirection? = nil) {
        self.text = text
        self.alignment = alignment
        self.width = width
        self.firstLineIndent = firstLineIndent
        self.hangingIndent = hangingIndent
        self.hyphenation = hyphenation
        self.direction = direction
        self.startSide = startSide
    }
}

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
