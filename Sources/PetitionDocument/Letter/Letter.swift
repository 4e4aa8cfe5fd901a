import Diagnostics

/// An open letter read from plain text: its metadata, its body as blocks, and what the reader
/// noticed but could handle (an unknown header key, say).
public struct Letter: Sendable, Equatable {
    /// The header values, and the title taken from the first line when the header gives none.
    public var metadata: LetterMetadata
    /// The body in reading order: headings, paragraphs and list items.
    public var blocks: [Block]
    /// Things the user should know about; parsing went ahead regardless.
    public var warnings: [Diagnostic]

    public init(metadata: LetterMetadata = LetterMetadata(), blocks: [Block] = [], warnings: [Diagnostic] = []) {
        self.metadata = metadata
        self.blocks = blocks
        self.warnings = warnings
    }
}

/// What the optional `Key: value` header of a letter says, plus the title when it was taken
/// from the first line of the body instead.
///
/// Empty values count as absent. Keys are matched case-insensitively; synonyms fill the same
/// field (`to`/`recipient`, `from`/`sender`, `language`/`lang`, `organiser`/`organizer`).
public struct LetterMetadata: Sendable, Equatable {
    public var title: String?
    public var subtitle: String?
    public var date: String?
    public var recipient: String?
    public var sender: String?
    public var author: String?
    public var subject: String?
    public var organiser: String?
    public var contact: String?
    /// Path of a PNG logo for a cover page, relative to the letter's folder.
    public var logo: String?
    /// The comma-separated `Keywords:` value, each trimmed, empty ones dropped.
    public var keywords: [String]
    /// A BCP 47 tag in canonical case (`en`, `pt-BR`, `zh-Hans`); the shape is validated.
    public var language: String?
    /// Header lines with keys the reader does not know, by key as written. Each one also
    /// produced a warning.
    public var extra: [String: String]
    /// Where the title came from: its header line, or the first line of the body.
    public var titleLocation: SourceLocation?

    public init(
        title: String? = nil, subtitle: String? = nil, date: String? = nil,
        recipient: String? = nil, sender: String? = nil, author: String? = nil,
        subject: String? = nil, organiser: String? = nil, contact: String? = nil,
        keywords: [String] = [], language: String? = nil, extra: [String: String] = [:],
        titleLocation: SourceLocation? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.recipient = recipient
        self.sender = sender
        self.author = author
        self.subject = subject
        self.organiser = organiser
        self.contact = contact
        self.keywords = keywords
        self.language = language
        self.extra = extra
        self.titleLocation = titleLocation
    }
}

/// One unit of a letter's body: a heading, a paragraph or a list item.
///
/// The text is final: hard wraps undone, whitespace runs collapsed to single spaces (non-breaking
/// spaces kept), NFC-normalised. A list item's text excludes its marker.
public struct Block: Sendable, Equatable {
    /// What the block is. Consecutive list items form one list.
    public enum Kind: Sendable, Equatable {
        /// A `# ` (level 1) or `## ` (level 2) line.
        case heading(level: Int)
        case paragraph
        case listItem(ListMarker)
    }

    public var kind: Kind
    public var text: String
    /// Where the block's first character is in the letter file (for a list item or a heading,
    /// its marker).
    public var location: SourceLocation

    public init(kind: Kind, text: String, location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.location = location
    }
}

/// How a list item was marked in the letter.
public enum ListMarker: Sendable, Equatable {
    /// `- `, `* ` or `• `; all print as one bullet.
    case bullet
    /// `3. ` or `3) `; the number is kept as written.
    case number(Int)

    /// The marker as it prints: `•` or `3.`.
    public var label: String {
        switch self {
        case .bullet: "•"
        case .number(let value): "\(value)."
        }
    }
}
