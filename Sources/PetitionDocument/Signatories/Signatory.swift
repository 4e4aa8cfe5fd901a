/// One signatory as read from the signatory list.
///
/// Every field is trimmed, has inner white space folded to single spaces and is in NFC. A row
/// that gives only an organisation signs as that organisation: `name` holds it, `organisation`
/// is empty and `isOrganisation` is true.
///
/// A list keeps its signatories in a `SignatoryArray`, which stores the names in one buffer and
/// makes a `Signatory` when one is read. Every field but the name lives in a `SignatoryDetails`
/// that rows with the same details share. The columns kept only when asked for (region, postcode,
/// date, comment, email, phone, street) are read only when asked for (see
/// `SignatoryOptions.detailColumns`).
public struct Signatory: Sendable, Equatable {
    public var name: String
    /// Title, organisation, city, country and the asked-for columns, possibly shared.
    private(set) var sharedDetails: SignatoryDetails
    private var storedLine: Int32
    private var storedFileIndex: UInt32 = 0
    /// Whether the signatory is an organisation (a row with an organisation but no name).
    public var isOrganisation: Bool

    public init(name: String, title: String = "", organisation: String = "", city: String = "",
                country: String = "", isOrganisation: Bool = false, line: Int) {
        let details = title.isEmpty && organisation.isEmpty && city.isEmpty && country.isEmpty
            ? SignatoryDetails.empty
            : SignatoryDetails(title: title, organisation: organisation, city: city, country: country)
        self.init(name: name, details: details, isOrganisation: isOrganisation, line: line)
    }

    /// A signatory whose details are `details`, which other signatories may share.
    init(name: String, details: SignatoryDetails, isOrganisation: Bool = false, line: Int) {
        self.name = name
        self.sharedDetails = details
        self.isOrganisation = isOrganisation
        self.storedLine = Int32(clamping: line)
    }

    public var title: String {
        get { sharedDetails.title }
        set { sharedDetails = sharedDetails.replacing(.title, with: newValue) }
    }

    public var organisation: String {
        get { sharedDetails.organisation }
        set { sharedDetails = sharedDetails.replacing(.organisation, with: newValue) }
    }

    public var city: String {
        get { sharedDetails.city }
        set { sharedDetails = sharedDetails.replacing(.city, with: newValue) }
    }

    public var country: String {
        get { sharedDetails.country }
        set { sharedDetails = sharedDetails.replacing(.country, with: newValue) }
    }

    /// The 1-based line of the signatory list on which the row starts.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// Which of the merged signatory files the row comes from (see `SignatoryList.merging`):
    /// an index into `ProcessedSignatories.files`; 0 for a single file.
    public var fileIndex: Int {
        get { Int(storedFileIndex) }
        set { storedFileIndex = UInt32(clamping: newValue) }
    }

    /// The non-empty detail fields joined with ", ": title, organisation, city, country
    /// ("Director, Amnesty International, London, United Kingdom").
    public var details: String {
        details([.title, .organisation, .city, .country])
    }

    /// The non-empty values of `columns`, in that order, joined with ", ".
    public func details(_ columns: [SignatoryColumn]) -> String {
        columns.map { self[$0] }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The value of any column. `firstName` and `lastName` split `name` by the surname rule
    /// (see `SurnameRule`); columns that were not read are empty.
    public subscript(column: SignatoryColumn) -> String {
        get {
            switch column {
            case .name: name
            case .firstName: isOrganisation ? "" : SurnameRule.split(name).given
            case .lastName: isOrganisation ? name : SurnameRule.split(name).surname
            case .title: sharedDetails.title
            case .organisation: sharedDetails.organisation
            case .city: sharedDetails.city
            case .country: sharedDetails.country
            default: ExtraSlot(column).map { sharedDetails[$0] } ?? ""
            }
        }
        set {
            switch column {
            case .name: name = newValue
            case .firstName, .lastName: break
            default: sharedDetails = sharedDetails.replacing(column, with: newValue)
            }
        }
    }

    /// The value of a column kept only when asked for.
    subscript(slot slot: ExtraSlot) -> String {
        get { sharedDetails[slot] }
        set { sharedDetails = sharedDetails.replacing(slot, with: newValue) }
    }

    /// The value of the column a list is grouped by when it is not one of `SignatoryColumn`.
    var groupColumnValue: String {
        get { self[slot: .group] }
        set { self[slot: .group] = newValue }
    }

    /// Replaces the details by the instance `sharing` keeps for them.
    mutating func shareDetails(through sharing: inout DetailsSharing) {
        sharedDetails = sharing.share(sharedDetails)
    }

    /// Whether every column is in `SignatoryDetails`, so that what `columns` hold is the same
    /// for all signatories that share their details.
    static func areDetails(_ columns: [SignatoryColumn]) -> Bool {
        !columns.contains { [.name, .firstName, .lastName].contains($0) }
    }
}

/// The columns a `Signatory` keeps only when asked for, each a bit in its mask.
enum ExtraSlot: UInt8 {
    case region, postcode, date, comment, email, phone, street
    /// A column named only by `SignatoryOptions.groupBy`.
    case group

    init?(_ column: SignatoryColumn) {
        switch column {
        case .region: self = .region
        case .postcode: self = .postcode
        case .date: self = .date
        case .comment: self = .comment
        case .email: self = .email
        case .phone: self = .phone
        case .street: self = .street
        default: return nil
        }
    }

    /// The column kept in this slot; `nil` for `group`.
    var column: SignatoryColumn? {
        SignatoryColumn.allCases.first { ExtraSlot($0) == self }
    }

    var bit: UInt8 { 1 << rawValue }
}

/// Remembers the details (`SignatoryDetails`) made from the raw bytes of a row's detail fields,
/// so the many rows that repeat an organisation, city and country share one instance and skip
/// cleaning and sanitising those fields again.
///
/// Only details whose fields needed no sanitising are remembered, so every field that changes
/// is still reported on its own line. The table stops growing at `RememberedValues.capacity`
/// entries, so a list whose details are all different costs little.
struct DetailsCache {
    /// What one set of raw detail fields became.
    struct Entry {
        /// The details as read.
        let details: SignatoryDetails
        /// The same without the organisation, for a row that signs as the organisation; made
        /// when first needed.
        var withoutOrganisation: SignatoryDetails?
    }

    private var entries: [RawFields: Entry] = [:]
    /// The key of the row being read, rebuilt in place for each row.
    private var key = RawFields()

    /// Makes the key of the detail fields at `indices` (absent columns are `nil`) of `fields`
    /// and returns what it became, if known.
    mutating func lookUp(_ indices: [Int?], in fields: CSVFields) -> Entry? {
        key.bytes.removeAll(keepingCapacity: true)
        for index in indices {
            guard let index else {
                key.appendAbsent()
                continue
            }
            fields.withField(index) { key.append($0) }
        }
        return entries[key]
    }

    /// Remembers `entry` for the key made by the last `lookUp`.
    mutating func remember(_ entry: Entry) {
        if entries.count < RememberedValues.capacity { entries[key] = entry }
    }
}

/// The raw bytes of some fields, each preceded by its length so that no two lists of fields
/// have the same bytes, compared and hashed as bytes.
private struct RawFields: Hashable {
    var bytes: [UInt8] = []

    mutating func append(_ field: UnsafeBufferPointer<UInt8>) {
        var length = UInt32(field.count)
        withUnsafeBytes(of: &length) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: field)
    }

    /// Marks a column the file does not have (different from an empty field).
    mutating func appendAbsent() {
        bytes.append(contentsOf: [0xFF, 0xFF, 0xFF, 0xFF])
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
