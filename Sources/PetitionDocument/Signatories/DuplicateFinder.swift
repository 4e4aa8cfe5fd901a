/// Finds exact duplicates: rows whose name and detail columns are the same after
/// normalisation (trimmed, white space folded, NFC, as read) and lowercasing.
///
/// Keeps a 64-bit hash of each distinct key rather than the key itself, so a million rows need
/// a few megabytes; a hash match is confirmed by comparing the keys, so a collision never
/// makes two different rows duplicates.
struct DuplicateFinder {
    private let columns: [SignatoryColumn]
    private var firstByHash: [Int: Int32] = [:]
    /// Keys that share a hash with an earlier, different key (rare).
    private var collided: [String: Int32] = [:]

    init(columns: [SignatoryColumn], expectedCount: Int) {
        self.columns = columns
        firstByHash.reserveCapacity(expectedCount)
    }

    /// The index in `entries` of an earlier entry that `signatory` duplicates, or `nil` when it
    /// is the first of its kind; then it is remembered as living at `position`.
    mutating func earlierDuplicate(of signatory: Signatory, position: Int, in entries: [Signatory]) -> Int? {
        let key = Self.key(of: signatory, columns: columns)
        var hasher = Hasher()
        hasher.combine(key)
        let hash = hasher.finalize()
        guard let first = firstByHash[hash] else {
            firstByHash[hash] = Int32(position)
            return nil
        }
        if Self.key(of: entries[Int(first)], columns: columns) == key { return Int(first) }
        if let earlier = collided[key] { return Int(earlier) }
        collided[key] = Int32(position)
        return nil
    }

    /// The compared form: the name and each detail column, lowercased, separated by U+001F
    /// (which cleaned fields never hold).
    static func key(of signatory: Signatory, columns: [SignatoryColumn]) -> String {
        var key = signatory.name.lowercased()
        for column in columns {
            key += "\u{1F}"
            key += signatory[column].lowercased()
        }
        return key
    }
}
