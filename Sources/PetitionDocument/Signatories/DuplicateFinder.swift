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
    /// organisations are common (and duplicate names are looked up twice) and `lowercased()` is
    /// slow; capped like `StringInterner`.
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
        func add(_ value: String) {
            if !appendLowercasedASCII(value, to: &key) {
                if let lowercase = cache[UTF8Key(value)] {
                    key.append(contentsOf: lowercase.utf8)
                } else {
                    let lowercase = value.lowercased()
                    if cache.count < StringInterner.capacity { cache[UTF8Key(value)] = lowercase }
                    key.append(contentsOf: lowercase.utf8)
                }
            }
            key.append(0x1F)
        }
        add(signatory.name)
        for column in columns { add(signatory[column]) }
    }

    /// Appends `text` lowercased when it is ASCII and returns true; otherwise leaves `key` as it
    /// was and returns false.
    private static func appendLowercasedASCII(_ text: String, to key: inout [UInt8]) -> Bool {
        let start = key.count
        key.append(contentsOf: text.utf8)
        let isASCII = key.withUnsafeMutableBufferPointer { bytes in
            for index in start..<bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 { return false }
                if byte &- 0x41 < 26 { bytes[index] = byte | 0x20 }
            }
            return true
        }
        if !isASCII { key.removeSubrange(start...) }
        return isASCII
    }
}
