import Foundation

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

/// Which white space the readers fold, shared by the letter and the signatory list.
///
/// Every Unicode `White_Space` character is folded into a single space, except the no-break
/// spaces U+00A0, U+2007 and U+202F: writers put those in on purpose (before a French colon,
/// inside a number) and they are kept as written.
enum Whitespace {
    static func isCollapsible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x2007, 0x202F: false
        default: scalar.properties.isWhitespace
        }
    }

    /// `text` with leading and trailing collapsible white space removed and every inner run of it
    /// replaced by one U+0020.
    static func collapse<S: StringProtocol>(_ text: S) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isCollapsible(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// `text` without leading and trailing collapsible white space.
    static func trim(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isCollapsible($0) }),
              let last = scalars.lastIndex(where: { !isCollapsible($0) })
        else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }
}

/// Canonical composition (NFC), so that the same words typed on different systems compare and
/// shape alike.
enum UnicodeNormalization {
    /// `text` in NFC. Text that is plainly in NFC already is returned without calling
    /// Foundation (see `isPlainlyNFC`); this keeps a million names in many scripts fast.
    static func nfc(_ text: String) -> String {
        // UTF-8 lead bytes below 0xCC encode scalars below U+0300.
        if text.utf8.allSatisfy({ $0 < 0xCC }) || isPlainlyNFC(text) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Whether every scalar of `text` is below U+0300 (no combining marks, no composition
    /// exclusions live there) or an `inertStarters` scalar: such text is in NFC, since none of
    /// its scalars decomposes, reorders or composes with the one before.
    private static func isPlainlyNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar.value < 0x300 || (scalar.value < 0x10000 && inertStarters[Int(scalar.value)])
        }
    }

    /// For each scalar below U+10000, whether NFC leaves it alone wherever it stands: a starter
    /// (combining class 0) that is not a mark, not excluded from composition (so NFC does not
    /// replace it) and not a Hangul jamo (the only letters that compose with the character
    /// before them; the other such characters are marks). Unassigned code points are left out.
    private static let inertStarters: [Bool] = (0..<0x10000).map { value in
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        guard properties.canonicalCombiningClass == .notReordered, !properties.isFullCompositionExclusion,
              !(0x1100...0x11FF).contains(value), !(0xD7B0...0xD7FF).contains(value)
        else { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .unassigned, .surrogate: return false
        default: return true
        }
    }
}
