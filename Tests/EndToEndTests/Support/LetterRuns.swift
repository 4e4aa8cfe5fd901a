import Foundation

/// Words and characters of text as script-aware comparisons need them. Extractors emit
/// right-to-left lines in visual order and glue punctuation to the neighbouring word in either
/// order, so a "word" here is a maximal run of letters, marks and digits (after NFC, with format
/// controls dropped and ZERO WIDTH NON-JOINER taken as a separator, as mutool shows it).
enum LetterRuns {
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .format, scalar.value != 0x200C { continue }
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Letters, marks and digits, each counted.
    static func characterCounts(_ text: String) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        for word in words(text) { for scalar in word.unicodeScalars { counts[scalar, default: 0] += 1 } }
        return counts
    }

    /// The characters of `expected` that `extracted` holds fewer times, with how many are missing.
    static func missingCharacters(_ expected: String, in extracted: String) -> [Unicode.Scalar: Int] {
        let have = characterCounts(extracted)
        var missing: [Unicode.Scalar: Int] = [:]
        for (scalar, count) in characterCounts(expected) where have[scalar, default: 0] < count {
            missing[scalar] = count - have[scalar, default: 0]
        }
        return missing
    }

    /// The words of `expected` that `extracted` lacks (as a bag: order is not compared).
    static func missingWords(_ expected: String, in extracted: String) -> [String] {
        var have: [String: Int] = [:]
        for word in words(extracted) { have[word, default: 0] += 1 }
        return words(expected).filter { have[$0, default: 0] == 0 }
    }

    /// `text` without white space and format controls, for scripts written without spaces.
    static func squeezed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.precomposedStringWithCanonicalMapping.unicodeScalars.filter {
            !$0.properties.isWhitespace && $0.properties.generalCategory != .format
        }))
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber: true
        default: false
        }
    }
}
