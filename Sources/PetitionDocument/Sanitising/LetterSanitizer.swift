import Diagnostics

/// Applies `CharacterPolicy` to the lines of a letter: what no reader can print or exchange
/// (noncharacters, C1 controls and DEL, unassigned code points, annotation and object
/// placeholders, stray variation selectors and tags, combining marks beyond the cap) is removed,
/// line and paragraph separators become spaces, and each change is a warning naming
/// `file:line:column` and the code point:
///
///     appeal.txt:4:27: warning: removed noncharacter U+FFFE
///
/// The organiser's typographic hints stay (soft hyphens, zero-width spaces, joiners, bidi marks).
/// C0 controls never get here: `LetterDecoder` refuses them as the sign of a binary file.
enum LetterSanitizer {
    /// Changes reported one by one; beyond this, one last warning counts the rest.
    static let reportedChanges = 100

    /// `lines` sanitised, and a warning for each change.
    static func sanitize(_ lines: [SourceLine], file: String) -> (lines: [SourceLine], warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        var unreported = 0
        let sanitised = lines.map { line -> SourceLine in
            let (text, removals) = TextSanitizer.sanitize(line.text, for: .letter)
            for removal in removals {
                guard warnings.count < reportedChanges else {
                    unreported += 1
                    continue
                }
                let verb = removal.kind == .lineSeparator ? "replaced by a space" : "removed"
                warnings.append(Diagnostic.warning(at: SourceLocation(file: file, line: line.number, column: removal.offset + 1),
                                        "\(verb) \(removal.kind.label) \(SanitizingLog.code(removal.scalar))"))
            }
            return removals.isEmpty ? line : SourceLine(number: line.number, text: text)
        }
        if unreported > 0 {
            warnings.append(Diagnostic.warning(at: SourceLocation(file: file, line: 1, column: 1),
                                    "\(unreported) more characters were removed (only the first \(reportedChanges) are listed)"))
        }
        return (sanitised, warnings)
    }
}
