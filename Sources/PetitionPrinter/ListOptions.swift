import PetitionDocument

/// How the signatory list is read, ordered, grouped, reported and split (the `render` options
/// that concern the list; see docs/signatories.md).
public struct ListOptions: Sendable {
    /// `--columns name=Full Name,city=Town`: header names for fields, overriding the synonyms.
    public var columns: String?
    /// `--privacy`, overriding the layout's preset.
    public var privacy: PrivacyPreset?
    public var order: SignatoryOrder
    /// A column to group by, with a heading and subtotal per group.
    public var groupBy: String?
    /// Print exact duplicates every time (they are still reported).
    public var keepDuplicates: Bool
    /// The locale whose collation sorts names and groups; the letter's language when nil.
    public var collation: String?
    /// Where the rejects report goes; when nil and some row was rejected or duplicated, beside
    /// the first PDF file asked for (`NAME.rejects.csv`), and nowhere without one (the rows are
    /// still in the render's warnings).
    public var rejectsPath: String?
    /// Where to write the printed list as CSV, from which the list digest can be recomputed.
    public var listCSVPath: String?
    /// One PDF per value of this column.
    public var splitBy: String?
    /// One PDF per this many entries.
    public var splitEvery: Int?
    /// `--encoding`: how the signatory file's bytes are decoded (a UTF-16 byte order mark wins).
    public var encoding: TextEncoding
    /// `--recipients`: a recipients file (see `RecipientList`); with `splitBy`, one PDF per
    /// recipient instead of one per group (see `Renderer.renderDelivery`).
    public var recipients: String?
    /// `--figures`: add the figures page whatever the layout says (see `DocumentParts.figures`).
    public var figures = false

    public init(columns: String? = nil, privacy: PrivacyPreset? = nil, order: SignatoryOrder = .asGiven,
                groupBy: String? = nil, keepDuplicates: Bool = false, collation: String? = nil,
                rejectsPath: String? = nil, listCSVPath: String? = nil, splitBy: String? = nil, splitEvery: Int? = nil,
                encoding: TextEncoding = .utf8, recipients: String? = nil) {
        self.columns = columns
        self.privacy = privacy
        self.order = order
        self.groupBy = groupBy
        self.keepDuplicates = keepDuplicates
        self.collation = collation
        self.rejectsPath = rejectsPath
        self.listCSVPath = listCSVPath
        self.splitBy = splitBy
        self.splitEvery = splitEvery
        self.encoding = encoding
        self.recipients = recipients
    }

    /// Whether the list is split into several PDFs.
    public var splits: Bool { splitBy != nil || splitEvery != nil }
}
