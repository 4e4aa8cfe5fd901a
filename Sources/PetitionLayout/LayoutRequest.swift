import Diagnostics
import Hyphenation
import LayoutFile
import Localisation
import PetitionDocument
import Typography

/// Everything one document's layout needs, already read and resolved.
public struct LayoutRequest: Sendable {
    public var letter: Letter
    /// The entries to print, in print order.
    public var signatories: SignatoryArray
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
    /// The words the layout prints (headings, footers, totals, bookmarks...) in the letter's
    /// language (see `locales/`).
    public var languageTerms: Terms
    /// `languageTerms` writing numbers in the digits `settings.numbers` asks for.
    var terms: Terms { languageTerms.with(digits: settings.numbers.digits) }
    /// The figures page's numbers, when the layout has one (`[document] figures`).
    public var figures: SignatureFigures?
    /// Whether a long list may be measured on a second thread (see `SignatorySection.measure`).
    /// A caller that already renders another document on the other core turns it off: the cores
    /// are busy anyway, and the second thread would shape the list's words a second time.
    public var measuresOnTwoThreads = true

    public init(letter: Letter, signatories: SignatoryArray, groups: [ListGroup] = [], signatureCount: Int? = nil,
                listDigest: String? = nil, signatoryFiles: [String], settings: LayoutSettings, fontSet: FontSet,
                language: String, hyphenation: HyphenationPatterns?, terms: Terms) {
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
        languageTerms = terms
    }

    /// A text the layout may set itself: its own `template` filled with `fields` when it has
    /// one, else the term `key` in the plural form `count` takes (with `{count}` written out).
    func text(layout template: String?, term key: TermKey, count: Int, _ fields: [String: String] = [:]) -> String {
        guard let template else { return terms.text(key, count: count, fields) }
        return Template.fill(template, fields: fields.merging(["count": terms.number(count)]) { given, _ in given })
    }

    /// Where a signatory's row starts, for a warning about it.
    public func location(of signatory: Signatory) -> SourceLocation {
        let file = signatory.fileIndex < signatoryFiles.count ? signatoryFiles[signatory.fileIndex] : ""
        return SourceLocation(file: file, line: signatory.line, column: 1)
    }
}
