import Foundation

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
