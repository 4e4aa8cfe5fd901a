import Diagnostics
import Hyphenation
import LayoutFile
import PetitionDocument
import Typography

/// Everything one document's layout needs, already read and resolved.
public struct LayoutRequest: Sendable {
    public var letter: Letter
    /// The entries to print, in print order.
    public var signatories: [Signatory]
    /// Groups of consecutive entries with a heading each; empty for an ungrouped list.
    public var groups: [ListGroup]
    /// Signatures counted, which can exceed the entries printed (hidden ones count but do not
    /// print). Defaults to the number of entries.
    public var signatureCount: Int
    /// The list's SHA-256 digest (hex), printed at its end so a recipient can verify it.
    public var listDigest: String?
    /// The signatory files' names, for warnings that point at their rows (indexed by
    /// `Signatory.fileIndex`).
    public var signatoryFiles: [String]
    public var settings: LayoutSettings
    public var fontSet: FontSet
    /// BCP 47 tag of the letter's language: hyphenation, shaping and line-break tailoring.
    public var language: String
    /// Patterns for the language, or nil when there are none (nothing is hyphenated then).
    public var hyphenation: HyphenationPatterns?
    /// Logo, list digest and production date for a cover page and colophon.
    public var press = PressDetails()
    /// The document's direction, from its language or the letter's first strong character: a
    /// right-to-left document is mirrored (columns start on the right, the binding margin is on
    /// the right). See `documentDirection(language:letter:)`.
    public var direction: TextDirection

    public init(letter: Letter, signatories: [Signatory], groups: [ListGroup] = [], signatureCount: Int? = nil,
                listDigest: String? = nil, signatoryFiles: [String], settings: LayoutSettings, fontSet: FontSet,
                language: String, hyphenation: HyphenationPatterns?) {
        self.letter = letter
        self.signatories = signatories
        self.groups = groups
        self.signatureCount = signatureCount ?? signatories.count
        self.listDigest = listDigest
        self.signatoryFiles = signatoryFiles
        self.settings = settings
        self.fontSet = fontSet
        self.language = language
        self.hyphenation = hyphenation
        self.direction = Self.documentDirection(language: language, letter: letter)
    }

    /// Where a signatory's row starts, for a warning about it.
    public func location(of signatory: Signatory) -> SourceLocation {
        let file = signatory.fileIndex < signatoryFiles.count ? signatoryFiles[signatory.fileIndex] : ""
        return SourceLocation(file: file, line: signatory.line, column: 1)
    }
}
