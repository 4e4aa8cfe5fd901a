import Foundation

/// Canonical composition (NFC), so that the same words typed on different systems compare and
/// shape alike.
enum UnicodeNormalization {
    /// `text` in NFC. Text whose scalars are all below U+0300 is already in NFC (no combining
    /// marks, no composition exclusions live there) and is returned without calling Foundation;
    /// this keeps a million mostly-Latin names fast.
    static func nfc(_ text: String) -> String {
        // UTF-8 lead bytes below 0xCC encode scalars below U+0300.
        if text.utf8.allSatisfy({ $0 < 0xCC }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }
}
