/// Finds exact duplicates: rows whose name and detail columns are the same after
/// normalisation (trimmed, white space folded, NFC, as read) and lowercasing.
///
/// Keeps the position of the first row of each key in a `FirstPositionTable`, so a million
/// rows need a few megabytes; a hash match is confirmed by comparing the keys, so a collision
/// never makes two different rows duplicates. Keys are built in reusable byte buffers, ASCII
/// lowercased in place, so most rows allocate nothing.
struct DuplicateFinder {
    private var table: FirstPositionTable
    private var keys: RowKeys<LowercaseForm>
    private var key: [UInt8] = []
    private var earlierKey: [UInt8] = []

    init(columns: [SignatoryColumn], expectedCount: Int) {
        table = FirstPositionTable(capacity: expectedCount)
        keys = RowKeys(columns: columns, form: LowercaseForm())
    }

    /// The index in `entries` of an earlier entry that `signatory` duplicates, or `nil` when it
    /// is the first of its kind; then it is remembered as living at `position`.
    mutating func earlierDuplicate(of signatory: Signatory, position: Int, in entries: [Signatory]) -> Int? {
        keys.build(&key, of: signatory)
        var probe = table.probe(for: key.bytesHash)
        while let candidate = table.nextCandidate(&probe) {
            keys.build(&earlierKey, of: entries[candidate])
            if earlierKey == key { return candidate }
        }
        table.insert(position, at: probe)
        return nil
    }
}

/// A value lowercased, in UTF-8: each scalar's lowercase mapping, as `String.lowercased()`
/// gives, remembered per scalar since `lowercased()` is slow for non-ASCII text.
struct LowercaseForm: ComparedForm {
    private var lowercase = ScalarMemo { Array($0.properties.lowercaseMapping.utf8) }

    mutating func append(formOf value: String, to key: inout [UInt8]) {
        if Self.appendLowercasedASCII(value, to: &key) { return }
        for scalar in value.unicodeScalars {
            key.append(contentsOf: lowercase.value(for: scalar))
        }
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
