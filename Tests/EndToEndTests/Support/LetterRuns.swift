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

    fileprivate static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber: true
        default: false
        }
    }
}

extension LetterRuns {
    /// The words of `text` as the in-order measure compares them (as `scripts/reader-agreement`
    /// does): Arabic harakat and tatweel left out (poppler moves a mark drawn over the middle of a
    /// letter), Han, kana and Hangul one character a word, and a word a reader split at a line-end
    /// hyphen joined again when `known` holds the joined word.
    static func comparableWords(_ text: String, known: Set<String>? = nil) -> [String] {
        var result: [String] = []
        var hyphenated = false
        for line in text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isNewline) {
            var lineWords: [String] = []
            var current = String.UnicodeScalarView()
            func finish() {
                if !current.isEmpty { lineWords.append(String(current)) }
                current = String.UnicodeScalarView()
            }
            for scalar in line.unicodeScalars {
                if (0x064B...0x065F).contains(scalar.value) || scalar.value == 0x0670 || scalar.value == 0x0640 { continue }
                if scalar.properties.generalCategory == .format, scalar.value != 0x200C { continue }
                if isOneCharacterWord(scalar) {
                    finish()
                    lineWords.append(String(scalar))
                } else if isWordScalar(scalar) {
                    current.append(scalar)
                } else {
                    finish()
                }
            }
            finish()
            for (index, word) in lineWords.enumerated() {
                if index == 0, hyphenated, let last = result.last, let known, known.contains(last + word) {
                    result[result.count - 1] = last + word
                } else {
                    result.append(word)
                }
            }
            let scalars = Array(line.trimmingCharacters(in: .whitespaces).unicodeScalars)
            hyphenated = !lineWords.isEmpty && scalars.count > 1 && ["-", "\u{2010}", "\u{AD}"].contains(scalars[scalars.count - 1])
                && isWordScalar(scalars[scalars.count - 2])
        }
        return result
    }

    /// The share of `expected`'s words that `extracted` holds in the same order: their longest
    /// common subsequence over the number of expected words.
    static func inOrderShare(_ expected: String, in extracted: String) -> Double {
        let wanted = comparableWords(expected)
        guard !wanted.isEmpty else { return 1 }
        let found = comparableWords(extracted, known: Set(wanted))
        var previous = [Int](repeating: 0, count: found.count + 1)
        for word in wanted {
            var current = [Int](repeating: 0, count: found.count + 1)
            for (index, other) in found.enumerated() {
                current[index + 1] = word == other ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            previous = current
        }
        return Double(previous[found.count]) / Double(wanted.count)
    }

    /// The bidi formatting characters no PDF text of ours may hold (ALM, LRM, RLM, the embeddings,
    /// overrides and isolates), restated here so the tests check the output, not the code.
    static func isBidiFormatting(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func isOneCharacterWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
        default: false
        }
    }
}
