import Foundation

/// How a signatory list is read and processed: column mapping, which columns print, privacy,
/// order, grouping and duplicates. See docs/signatories.md.
public struct SignatoryOptions: Sendable {
    /// Columns named on the command line, overriding the automatic mapping by header name.
    public var columns: ColumnOverrides?
    /// The columns printed after the name, in order. Columns that are read only when asked for
    /// (region, postcode, date, comment, email, phone, street) are read when named here.
    public var detailColumns: [SignatoryColumn]
    public var privacy: PrivacyPreset
    /// The name printed for each signatory under the anonymous preset: the letter language's
    /// `signatories.anonymous` term (`locales/`); the renderer always passes it.
    public var anonymousName: String
    public var order: SignatoryOrder
    /// A column to group by: a field name such as `country` or `region` (or a synonym), or any
    /// header of the file. `nil` for no groups.
    public var groupBy: String?
    /// Print exact duplicates every time instead of once (they are still reported).
    public var keepDuplicates: Bool
    /// The collation used to sort names and group keys.
    public var locale: Locale
    /// How the file's bytes are decoded (a UTF-16 byte order mark wins).
    public var encoding: TextEncoding
    /// Keep the date column even when it does not print, for the figures page's timeline.
    public var readsDates = false

    public init(columns: ColumnOverrides? = nil,
                detailColumns: [SignatoryColumn] = [.title, .organisation, .city, .country],
                privacy: PrivacyPreset = .full, anonymousName: String = "Anonymous", order: SignatoryOrder = .asGiven,
                groupBy: String? = nil, keepDuplicates: Bool = false, locale: Locale = Locale(identifier: "en"),
                encoding: TextEncoding = .utf8) {
        self.columns = columns
        self.detailColumns = detailColumns
        self.privacy = privacy
        self.anonymousName = anonymousName
        self.order = order
        self.groupBy = groupBy
        self.keepDuplicates = keepDuplicates
        self.locale = locale
        self.encoding = encoding
    }

    /// The field named by `groupBy`, when it names one.
    var groupColumn: SignatoryColumn? {
        groupBy.flatMap(SignatoryColumn.init(header:))
    }

    /// The columns kept only when asked for that must be read: the detail columns and the
    /// grouping column.
    var askedSlots: [ExtraSlot] {
        var slots = detailColumns.compactMap(ExtraSlot.init)
        if let group = groupColumn.flatMap(ExtraSlot.init) { slots.append(group) }
        if readsDates, !slots.contains(.date) { slots.append(.date) }
        return slots
    }
}
