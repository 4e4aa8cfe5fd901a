import Foundation

/// Case folding and normalization shared by words and patterns.
///
/// Words are matched against patterns in lowercase NFC, one grapheme cluster (`Character`) at a time:
/// each cluster is lowercased and composed on its own, so a break can only fall between clusters (never
/// between a letter and its accent) and every break maps back to a scalar offset in the original word,
/// whatever its normalization. Single-scalar clusters from the blocks where NFC cannot change anything
/// (Latin up to U+02FF, Cyrillic) take a fast path without allocating; the rest go through Foundation.
enum WordNormalizer {
    /// True when a lone `scalar` is certainly unchanged by NFC and composes with nothing before it:
    /// everything below U+0300 (ASCII, Latin-1, Latin Extended-A/B, IPA, spacing modifiers), Greek and Coptic
    /// except its three NFC singletons, the Cyrillic letters (U+0400–U+0482, U+048A–U+052F), Latin Extended
    /// Additional (precomposed) and the Latin ligatures U+FB00–U+FB06 (which en_US patterns use).
    @inline(__always)
    static func isNFCStable(_ scalar: UInt32) -> Bool {
        if scalar < 0x300 { return true }
        switch scalar {
        case 0x370...0x3FF: return scalar != 0x374 && scalar != 0x37E && scalar != 0x387
        case 0x400...0x482, 0x48A...0x52F, 0x1E00...0x1EFF, 0xFB00...0xFB06: return true
        default: return false
        }
    }

    /// Letters (`L*`) and combining marks (`M*`): what a hyphenatable word may contain.
    @inline(__always)
    static func isLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// `text` lowercased and in NFC.
    static func normalizedLowercase(_ text: String) -> [Unicode.Scalar] {
        Array(text.lowercased().precomposedStringWithCanonicalMapping.unicodeScalars)
    }
}
