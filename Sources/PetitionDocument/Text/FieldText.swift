/// Turns the bytes of one signatory field into clean text without a detour through `Character`:
/// surrounding white space trimmed, inner runs folded to one space (the same set as
/// `Whitespace.isCollapsible`, matched on UTF-8 bytes), then NFC.
///
/// The bytes must be well-formed UTF-8 (checked by the caller, row by row).
enum FieldText {
    static func clean(_ field: UnsafeBufferPointer<UInt8>) -> String {
        if field.isEmpty { return "" }
        let folded = String(unsafeUninitializedCapacity: field.count) { output in
            var written = 0
            var pendingSpace = false
            var index = 0
            while index < field.count {
                let spaceLength = collapsibleLength(in: field, at: index)
                if spaceLength > 0 {
                    pendingSpace = written > 0
                    index += spaceLength
                    continue
                }
                if pendingSpace {
                    output[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                output[written] = field[index]
                written += 1
                index += 1
            }
            return written
        }
        return UnicodeNormalization.nfc(folded)
    }

    /// Whether the field holds nothing but ASCII white space and control characters.
    static func isBlank(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        field.allSatisfy { $0 <= 0x20 }
    }

    /// The byte length of the collapsible white-space character at `index`, or 0. Other control
    /// characters and the line separators U+0085, U+2028 and U+2029 are left for
    /// `FieldSanitizer`, which reports them.
    private static func collapsibleLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead == 0x20 || (0x09...0x0D).contains(lead) { return 1 }
        if lead < 0xE1 { return 0 }
        let remaining = bytes.count - index
        switch lead {
        case 0xE1:
            return remaining >= 3 && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0  // U+1680
        case 0xE2:
            guard remaining >= 3 else { return 0 }
            switch (bytes[index + 1], bytes[index + 2]) {
            case (0x80, 0x87): return 0  // U+2007 FIGURE SPACE, no-break
            case (0x80, 0x80...0x8A), (0x81, 0x9F): return 3
            default: return 0
            }
        case 0xE3:
            return remaining >= 3 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0  // U+3000
        default:
            return 0
        }
    }
}
