/// Remembers the details (`SignatoryDetails`) made from the raw bytes of a row's detail fields,
/// so the many rows that repeat an organisation, city and country share one instance and skip
/// cleaning and sanitising those fields again.
///
/// Only details whose fields needed no sanitising are remembered, so every field that changes
/// is still reported on its own line. The table stops growing at `StringInterner.capacity`
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
        if entries.count < StringInterner.capacity { entries[key] = entry }
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
