/// Finds exact duplicates: rows whose name and detail columns are the same after
/// normalisation (trimmed, white space folded, NFC, as read) and lowercasing.
///
/// Keys are built in reusable byte buffers, ASCII lowercased in place, so most rows allocate
/// nothing (see `EarlierRowFinder`).
typealias DuplicateFinder = EarlierRowFinder<LowercaseForm>

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
