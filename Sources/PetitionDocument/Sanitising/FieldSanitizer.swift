/// Makes one cleaned field (trimmed, folded, NFC: see `FieldText`) safe to print: takes out the
/// characters that could spoof, hide or break a name, and cuts fields too long to print.
///
/// The rules (docs/signatories.md, "Sanitising fields"):
/// - bidi embeddings, overrides and isolates, C0 and C1 controls, and invisible characters
///   (`UnwantedCharacters.kind(of:)`) are removed; line and paragraph separators become a space;
/// - tag characters are removed unless they form an emoji tag sequence after U+1F3F4;
/// - ZWNJ and ZWJ are removed between two Latin letters and kept elsewhere (Persian, Indic
///   scripts, emoji sequences);
/// - more than `maximumMarksPerLetter` combining marks in a row are cut to that many;
/// - a field longer than `maximumCharacters` characters is cut there and ends with "…";
/// - a field of nothing but no-break spaces is empty.
enum FieldSanitizer {
    /// Combining marks kept on one letter. Natural text rarely stacks more than four (Vietnamese
    /// two, Hebrew with cantillation or Tibetan stacks three or four); Unicode's stream-safe format
    /// allows 30, which would draw far above the line.
    static let maximumMarksPerLetter = 8
    /// Characters (grapheme clusters) kept in one field; a name this long fills about ten lines
    /// of a typical column.
    static let maximumCharacters = 300

    /// What sanitising changed in one field.
    struct Findings: Equatable, Sendable {
        /// The characters removed (or replaced by a space), by kind, each kind in first-seen order
        /// without repeats.
        var removed: [UnwantedCharacters.Kind: [Unicode.Scalar]] = [:]
        /// How many characters the field had when it was cut to `maximumCharacters`.
        var cutFromLength: Int?

        var isEmpty: Bool { removed.isEmpty && cutFromLength == nil }

        mutating func note(_ scalar: Unicode.Scalar, _ kind: UnwantedCharacters.Kind) {
            if removed[kind]?.contains(scalar) != true { removed[kind, default: []].append(scalar) }
        }
    }

    /// `text` sanitised, and what was changed. Printable ASCII is returned at once.
    static func sanitize(_ text: String) -> (text: String, findings: Findings) {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return text.utf8.count > maximumCharacters ? cut(text, findings: Findings()) : (text, Findings())
        }
        if isClean(text) {
            return text.unicodeScalars.count > maximumCharacters ? cut(text, findings: Findings()) : (text, Findings())
        }
        var findings = Findings()
        let scalars = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView()
        var marksInRow = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            defer { index += 1 }
            if let kind = UnwantedCharacters.kind(of: scalar) {
                findings.note(scalar, kind)
                if kind == .lineSeparator { kept.append(" ") }
                continue
            }
            if UnwantedCharacters.isTag(scalar) {
                let tagSequence = tagSequenceLength(scalars, from: index)
                if tagSequence > 0 {
                    kept.append(contentsOf: scalars[index..<(index + tagSequence)])
                    index += tagSequence - 1
                } else {
                    findings.note(scalar, .invisible)
                }
                continue
            }
            if UnwantedCharacters.isJoiner(scalar), index > 0, index + 1 < scalars.count,
               UnwantedCharacters.isLatinLetter(scalars[index - 1]), UnwantedCharacters.isLatinLetter(scalars[index + 1]) {
                findings.note(scalar, .latinJoiner)
                continue
            }
            if UnwantedCharacters.isMark(scalar) {
                marksInRow += 1
                if marksInRow > maximumMarksPerLetter {
                    findings.note(scalar, .excessMark)
                    continue
                }
            } else {
                marksInRow = 0
            }
            kept.append(scalar)
        }
        // Taking characters out can leave white space at an end or two spaces in a row, or put a
        // mark next to a new base: fold and normalise again.
        var result = findings.isEmpty ? text : UnicodeNormalization.nfc(Whitespace.collapse(String(kept)))
        // Only no-break spaces left: nothing would print, so the field is empty.
        if result.unicodeScalars.allSatisfy(\.properties.isWhitespace) { result = "" }
        if result.count > maximumCharacters { return cut(result, findings: findings) }
        return (result, findings)
    }

    /// Whether nothing in `text` needs a closer look: no unwanted character, tag or joiner, and no
    /// long run of marks. Most non-ASCII names pass this one scan without allocating.
    private static func isClean(_ text: String) -> Bool {
        var marksInRow = 0
        for scalar in text.unicodeScalars {
            if scalar.value < 0x7F {
                if scalar.value < 0x20 { return false }
                marksInRow = 0
                continue
            }
            if UnwantedCharacters.kind(of: scalar) != nil || UnwantedCharacters.isTag(scalar)
                || UnwantedCharacters.isJoiner(scalar) || scalar.properties.isWhitespace {
                return false
            }
            marksInRow = UnwantedCharacters.isMark(scalar) ? marksInRow + 1 : 0
            if marksInRow > maximumMarksPerLetter { return false }
        }
        return true
    }

    /// The length of the emoji tag sequence (tags ending with CANCEL TAG U+E007F) starting at
    /// `start`, when it follows U+1F3F4; 0 otherwise.
    private static func tagSequenceLength(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard start > 0, scalars[start - 1] == UnwantedCharacters.tagSequenceBase else { return 0 }
        var index = start
        while index < scalars.count, (0xE0020...0xE007E).contains(scalars[index].value) { index += 1 }
        guard index > start, index < scalars.count, scalars[index].value == 0xE007F else { return 0 }
        return index + 1 - start
    }

    private static func cut(_ text: String, findings: Findings) -> (text: String, findings: Findings) {
        var findings = findings
        let length = text.count
        guard length > maximumCharacters else { return (text, findings) }
        findings.cutFromLength = length
        let kept = text.prefix(maximumCharacters - 1)
        return (String(Whitespace.trim(kept)) + "…", findings)
    }
}
