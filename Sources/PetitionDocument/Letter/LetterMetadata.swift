import Diagnostics

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
