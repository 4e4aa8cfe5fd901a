import Diagnostics
import Foundation
import LayoutFile

/// One term as a locales file writes it: a text, or a text for each plural category the
/// language distinguishes (`other` always among them).
public enum Term: Sendable, Equatable {
    case text(String)
    case plural([PluralCategory: String])

    /// The text for `category`: the plural form, else `other`; a plain text serves every count.
    public func text(for category: PluralCategory) -> String {
        switch self {
        case .text(let text): text
        case .plural(let forms): forms[category] ?? forms[.other] ?? ""
        }
    }

    /// Every text of the term, for checking fields and gathering characters.
    public var texts: [String] {
        switch self {
        case .text(let text): [text]
        case .plural(let forms): forms.keys.sorted().compactMap { forms[$0] }
        }
    }
}

/// One `locales/<tag>.toml` file read and checked on its own: a `format = 1` line, then tables
/// of terms. `[signatories] heading = "..."` is the term `signatories.heading`; a plural term
/// is a table of its own, `[signatories.total]`, whose keys are CLDR categories
/// (`zero one two few many other`; `other` is required).
struct TermsFile {
    /// The language tag the file is for: its name without `.toml`.
    let tag: String
    let displayName: String
    private(set) var terms: [TermKey: Term] = [:]
    /// Where each term is written, for messages.
    private(set) var locations: [TermKey: SourceLocation] = [:]

    /// Reads `url`, naming it `displayName` in messages.
    static func load(_ url: URL, displayName: String) throws -> TermsFile {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw InputError(file: displayName, "cannot read the terms file as UTF-8 text")
        }
        return try TermsFile(text: text, tag: url.deletingPathExtension().lastPathComponent, displayName: displayName)
    }

    init(text: String, tag: String, displayName: String) throws {
        self.tag = tag
        self.displayName = displayName
        let document = try TOMLParser.parse(text, file: displayName)
        try readFormat(document)
        for table in document.tables {
            switch table.path.count {
            case 1: try readTexts(table)
            case 2: try readPlural(table)
            default:
                throw InputError(at: table.location, "[\(table.name)] is nested too deep; a term is [table] key = \"text\", or [table.key] with plural forms")
            }
        }
    }

    private func readFormat(_ document: TOMLDocument) throws {
        guard let format = document.rootEntry("format") else {
            throw InputError(at: SourceLocation(file: displayName, line: 1, column: 1), "a terms file starts with 'format = 1'")
        }
        guard format.value.content == .integer(1) else {
            throw InputError(at: format.value.location, "unsupported 'format'; only 1 exists")
        }
        if let stray = document.root.first(where: { $0.key != "format" }) {
            throw InputError(at: stray.keyLocation, "'\(stray.key)' is outside any table; terms belong under a table such as [signatories]")
        }
    }

    private mutating func readTexts(_ table: TOMLDocument.Table) throws {
        for entry in table.entries {
            let key = TermKey(rawValue: table.name + "." + entry.key)
            try add(key, .text(Self.text(of: entry)), at: entry.keyLocation)
        }
    }

    private mutating func readPlural(_ table: TOMLDocument.Table) throws {
        var forms: [PluralCategory: String] = [:]
        for entry in table.entries {
            guard let category = PluralCategory(rawValue: entry.key) else {
                let names = PluralCategory.allCases.map(\.rawValue).joined(separator: ", ")
                throw InputError(at: entry.keyLocation, "'\(entry.key)' is not a plural category; [\(table.name)] takes \(names)")
            }
            forms[category] = try Self.text(of: entry)
        }
        guard forms[.other] != nil else {
            throw InputError(at: table.location, "the plural term [\(table.name)] needs an 'other' form, used for every number no other form covers")
        }
        try add(TermKey(rawValue: table.name), .plural(forms), at: table.location)
    }

    private mutating func add(_ key: TermKey, _ term: Term, at location: SourceLocation) throws {
        if let earlier = locations[key] {
            throw InputError(at: location, "the term '\(key)' is already given on line \(earlier.line)")
        }
        terms[key] = term
        locations[key] = location
    }

    private static func text(of entry: TOMLDocument.Entry) throws -> String {
        guard case .string(let text) = entry.value.content else {
            throw InputError(at: entry.value.location, "expected a string for '\(entry.key)', got \(entry.value.kindDescription)")
        }
        return text
    }

    /// The `{field}` names in `text`.
    static func fields(in text: String) -> Set<String> {
        var fields = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            fields.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return fields
    }
}

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
