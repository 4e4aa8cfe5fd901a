/// The name of a term in a locales file: its table and key, `"signatories.total"` for
/// `[signatories] total = ...` or for a plural table `[signatories.total]`.
///
/// The program's own terms are listed below; a new one needs only a line in `locales/en.toml`
/// (the reference every other file is checked against) and a constant here or a string literal
/// at the one place that uses it.
public struct TermKey: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }

    // The signatory list.
    /// Heading above the list, `{count}`: "Signatories (1,234)".
    public static let signatoriesHeading: TermKey = "signatories.heading"
    /// The list's bookmark when the layout prints no heading: "Signatories".
    public static let signatoriesBookmark: TermKey = "signatories.bookmark"
    /// A group's heading, `{group}` and `{count}`: "France (12)".
    public static let groupHeading: TermKey = "signatories.group"
    /// A group's heading again at the top of a column it continues into, `{group}`.
    public static let groupContinued: TermKey = "signatories.continued"
    /// The closing total, plural by `{count}`: "Total: 1,234 signatures".
    public static let total: TermKey = "signatories.total"
    /// The list's digest under the total, `{digest}`.
    public static let listDigest: TermKey = "signatories.digest"
    /// The name printed for every signatory under the `anonymous` privacy preset.
    public static let anonymous: TermKey = "signatories.anonymous"
    /// A span of entry numbers, `{first}` and `{last}`: "20,001–20,280".
    public static let entryRange: TermKey = "signatories.range"

    // Running header and footers (a layout's own template wins).
    /// Header of signature pages, `{title}`, `{request}` and the signature footer's fields.
    public static let header: TermKey = "header.text"
    /// Footer of every page, `{title}`, `{page}`, `{pages}`, `{date}`.
    public static let footer: TermKey = "footer.text"
    /// Footer of pages with signatures, adds `{range}`, `{total}` and `{group}`; plural by total.
    public static let footerSignatures: TermKey = "footer.signatures"

    // Parts of the document: bookmarks and page labels.
    /// The letter's bookmark when it has no title.
    public static let letter: TermKey = "document.letter"
    /// The cover page's bookmark and page label.
    public static let cover: TermKey = "document.cover"
    /// The colophon's heading, bookmark and page label.
    public static let colophon: TermKey = "document.colophon"

    // The colophon.
    /// How many signed, plural by `{count}`: "1,234 signatures".
    public static let colophonSignatures: TermKey = "colophon.signatures"
    /// The list's digest in full, `{digest}`.
    public static let colophonDigest: TermKey = "colophon.digest"
    /// When and how the PDF was made, `{date}` (written with `dates.produced`) and `{layout}`.
    public static let colophonProduced: TermKey = "colophon.produced"

    // Date patterns (ICU/CLDR patterns: d, MMMM, y, HH, mm; text in 'quotes').
    /// The production date and time in the colophon, in UTC.
    public static let producedDate: TermKey = "dates.produced"
}
