/// How the list of signatories is set: columns of names, each with a few detail fields.
public struct SignatorySettings: Sendable, Equatable {
    /// Columns narrower than this (points) cannot hold a name; layouts that ask for them fail.
    public static let minimumColumnWidth = 60.0
    /// With `columns = 0`, as many columns as fit at this width (points) or wider.
    public static let automaticColumnWidth = 120.0
    /// The fields `headingTemplate` may contain, each written in braces: `{count}`.
    public static let templateFields = ["count"]

    /// Number of columns; 0 means "as many as fit", see `columnCount(forTextWidth:)`.
    public var columns: Int
    /// Space between columns, in points.
    public var gutter: Double
    /// Font size of names, in points.
    public var nameSize: Double
    /// Baseline-to-baseline distance of names, in points.
    public var nameLeading: Double
    /// Font size of the detail lines, in points.
    public var detailSize: Double
    /// Baseline-to-baseline distance of the detail lines, in points.
    public var detailLeading: Double
    /// Space between one signatory and the next, in points.
    public var entrySpacing: Double
    /// The detail fields printed under each name, in this order.
    public var fields: [SignatoryField]
    /// The heading above the list, with a `{count}` field; empty for none; nil for the terms of
    /// the letter's language (`signatories.heading` in `locales/`).
    public var headingTemplate: String?
    /// Whether entries are numbered (1., 2., ...) in list order.
    public var numbering: Bool
    /// What of each signatory prints; the command line's `--privacy` overrides it.
    public var privacy: SignatoryPrivacy

    /// Signatory settings with every value given; lengths and sizes in points.
    public init(columns: Int, gutter: Double, nameSize: Double, nameLeading: Double, detailSize: Double,
                detailLeading: Double, entrySpacing: Double, fields: [SignatoryField], headingTemplate: String? = nil,
                numbering: Bool = false, privacy: SignatoryPrivacy = .full) {
        self.columns = columns
        self.gutter = gutter
        self.nameSize = nameSize
        self.nameLeading = nameLeading
        self.detailSize = detailSize
        self.detailLeading = detailLeading
        self.entrySpacing = entrySpacing
        self.fields = fields
        self.headingTemplate = headingTemplate
        self.numbering = numbering
        self.privacy = privacy
    }

    /// The number of columns to set on a text block `textWidth` points wide: `columns`, or
    /// when that is 0 the most columns at least `automaticColumnWidth` wide (at least one).
    public func columnCount(forTextWidth textWidth: Double) -> Int {
        guard columns == 0 else { return columns }
        let fitting = ((textWidth + gutter) / (Self.automaticColumnWidth + gutter)).rounded(.down)
        return max(1, Int(fitting))
    }

    /// The width of each column on a text block `textWidth` points wide.
    public func columnWidth(forTextWidth textWidth: Double) -> Double {
        let count = Double(columnCount(forTextWidth: textWidth))
        return (textWidth - gutter * (count - 1)) / count
    }
}

/// A detail column of the signatory CSV that may print under each name.
public enum SignatoryField: String, Sendable, CaseIterable {
    /// A personal title or role, such as "Dr" or "Chair".
    case title
    /// The organisation the signatory signs for or belongs to.
    case organisation
    /// Where the signatory lives or works.
    case city
    /// The signatory's country.
    case country
}

/// How much of each signatory a layout prints (see docs/signatories.md): everything; the surname
/// as an initial ("Maria G."); the city without street or postcode; "Anonymous" in place of each
/// name (counted and printed); or nothing (counted only).
public enum SignatoryPrivacy: String, Sendable, CaseIterable {
    case full
    case surnameInitial = "surname-initial"
    case cityOnly = "city-only"
    case anonymous
    case hidden
}
