/// Makes one cleaned field (trimmed, folded, NFC: see `FieldText`) safe to print: takes out the
/// characters that could spoof, hide or break a name, or that no font prints, and cuts fields too
/// long to print.
///
/// The rules (docs/signatories.md, "Sanitising fields"):
/// - every class of `UnwantedCharacters.Kind` is removed as `CharacterPolicy` says for a
///   signatory field (`TextSanitizer` does the walk); line and paragraph separators become a space;
/// - a field longer than `maximumCharacters` characters is cut there and ends with "…";
/// - a field of nothing but no-break spaces is empty.
enum FieldSanitizer {
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
        let (kept, removals) = TextSanitizer.sanitize(text, for: .signatoryField)
        var findings = Findings()
        for removal in removals { findings.note(removal.scalar, removal.kind) }
        // Taking characters out can leave white space at an end or two spaces in a row, or put a
        // mark next to a new base: fold and normalise again.
        var result = findings.isEmpty ? kept : UnicodeNormalization.nfc(Whitespace.collapse(kept))
        // Only no-break spaces left: nothing would print, so the field is empty.
        if !result.isEmpty, result.unicodeScalars.allSatisfy(\.properties.isWhitespace) { result = "" }
        if result.unicodeScalars.count > maximumCharacters { return cut(result, findings: findings) }
        return (result, findings)
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
