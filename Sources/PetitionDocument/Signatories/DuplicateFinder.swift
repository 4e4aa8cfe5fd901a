/// Finds exact duplicates: rows whose name and detail columns are the same after
/// normalisation (trimmed, white space folded, NFC, as read) and lowercasing.
///
/// Keeps a hash of each distinct key rather than the key itself, so a million rows need a few
/// megabytes; a hash match is confirmed by comparing the keys, so a collision never makes two
/// different rows duplicates. Keys are built in reusable byte buffers, ASCII lowercased in
/// place, so most rows allocate nothing.
struct DuplicateFinder {
    private let columns: [SignatoryColumn]
    private var firstByHash: [Int: Int32] = [:]
    /// Keys that share a hash with an earlier, different key (rare).
    private var collided: [[UInt8]: Int32] = [:]
    private var key: [UInt8] = []
    private var earlierKey: [UInt8] = []
    /// Lowercase forms of non-ASCII values seen, since repeated cities, countries and
    /// organisations are common and `lowercased()` is slow; capped like `StringInterner`.
    private var lowercaseCache: [UTF8Key: String] = [:]

    init(columns: [SignatoryColumn], expectedCount: Int) {
        self.columns = columns
        firstByHash.reserveCapacity(expectedCount)
    }

    /// The index in `entries` of an earlier entry that `signatory` duplicates, or `nil` when it
    /// is the first of its kind; then it is remembered as living at `position`.
    mutating func earlierDuplicate(of signatory: Signatory, position: Int, in entries: [Signatory]) -> Int? {
        Self.build(&key, of: signatory, columns: columns, cache: &lowercaseCache)
        let hash = key.withUnsafeBytes { bytes in
            var hasher = Hasher()
            hasher.combine(bytes: bytes)
            return hasher.finalize()
        }
        guard let first = firstByHash[hash] else {
            firstByHash[hash] = Int32(position)
            return nil
        }
        Self.build(&earlierKey, of: entries[Int(first)], columns: columns, cache: &lowercaseCache)
        if earlierKey == key { return Int(first) }
        if let earlier = collided[key] { return Int(earlier) }
        collided[key] = Int32(position)
        return nil
    }

    /// Puts the compared form in `key`: the name and each detail column, lowercased, each
    /// followed by U+001F (which cleaned fields never hold).
    private static func build(_ key: inout [UInt8], of signatory: Signatory, columns: [SignatoryColumn],
                              cache: inout [UTF8Key: String]) {
        key.removeAll(keepingCapacity: true)
        appendLowercased(signatory.name, to: &key, cache: &cache)
        for column in columns { appendLowercased(signatory[column], to: &key, cache: &cache) }
    }

    private static func appendLowercased(_ text: String, to key: inout [UInt8], cache: inout [UTF8Key: String]) {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in utf8 { key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        } else if let lowercase = cache[UTF8Key(text)] {
            key.append(contentsOf: lowercase.utf8)
        } else {
            let lowercase = text.lowercased()
            if cache.count < StringInterner.capacity { cache[UTF8Key(text)] = lowercase }
            key.append(contentsOf: lowercase.utf8)
        }
        key.append(0x1F)
    }
}
