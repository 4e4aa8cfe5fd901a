import Foundation
import Testing
@testable import PetitionDocument

/// NFC with its shortcut for text that is plainly in NFC: the result is always Foundation's.
struct UnicodeNormalizationTests {
    @Test func agreesWithFoundationWhereTheShortcutMustNotApply() {
        let texts = [
            "Αθήνα", "Ελλάδα", "Москва", "张伟", "김민준", "محمد", "דוד כהן",        // plainly NFC
            "Αθη\u{0301}να", "\u{1100}\u{1161}\u{11A8}", "\u{AC00}\u{11A8}",        // compose: tonos, Hangul jamo
            "\u{2126}hm", "\u{212B}ngstr\u{00F6}m", "\u{F900}", "\u{0958}",          // singletons and exclusions
            "\u{0B47}\u{0B3E}", "\u{0DD9}\u{0DCF}", "क\u{093C}", "Ω\u{0345}", "a\u{0323}\u{0302}", "a\u{0302}\u{0323}",
            "\u{1E0A}\u{0323}", "ঢ\u{09BC}", "\u{0BC6}\u{0BBE}", "\u{1025}\u{102E}", "\u{1B05}\u{1B35}",
        ]
        for text in texts {
            let expected = text.precomposedStringWithCanonicalMapping
            #expect(Array(UnicodeNormalization.nfc(text).unicodeScalars) == Array(expected.unicodeScalars), "\(text)")
        }
    }
}
