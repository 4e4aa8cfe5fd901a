import Hyphenation
import LayoutFile
import PetitionDocument
import Typography

/// Everything one document's layout needs, already read and resolved.
public struct LayoutRequest: Sendable {
    public var letter: Letter
    public var signatories: [Signatory]
    /// The signatory file's name, for warnings that point at its rows.
    public var signatoryFile: String
    public var settings: LayoutSettings
    public var fontSet: FontSet
    /// BCP 47 tag of the letter's language: hyphenation, shaping and line-break tailoring.
    public var language: String
    /// Patterns for the language, or nil when there are none (nothing is hyphenated then).
    public var hyphenation: HyphenationPatterns?
    /// The document's direction, from its language or the letter's first strong character: a
    /// right-to-left document is mirrored (columns start on the right, the binding margin is on
    /// the right). See `documentDirection(language:letter:)`.
    public var direction: TextDirection

    public init(letter: Letter, signatories: [Signatory], signatoryFile: String, settings: LayoutSettings,
                fontSet: FontSet, language: String, hyphenation: HyphenationPatterns?) {
        self.letter = letter
        self.signatories = signatories
        self.signatoryFile = signatoryFile
        self.settings = settings
        self.fontSet = fontSet
        self.language = language
        self.hyphenation = hyphenation
        self.direction = Self.documentDirection(language: language, letter: letter)
    }
}
