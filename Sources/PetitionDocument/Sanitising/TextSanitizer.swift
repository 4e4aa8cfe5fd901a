import Diagnostics

/// One character the sanitiser took out of a text, or replaced by a space.
struct Removal: Equatable, Sendable {
    /// Where it stood, counting Unicode scalars of the original text from 0.
    var offset: Int
    var scalar: Unicode.Scalar
    var kind: UnwantedCharacters.Kind
}

/// Applies `CharacterPolicy` to one text, scalar by scalar: the walk shared by signatory fields
/// and letter lines. Characters judged on their own (`UnwantedCharacters.kind(of:)`) meet the
/// table directly; the rest by their neighbours:
/// - tag characters stay only as an emoji tag sequence after U+1F3F4 (ended by U+E007F);
/// - ZWNJ and ZWJ between two Latin letters are `latinJoiner`s;
/// - a variation selector stays only right after a character it can vary
///   (`UnwantedCharacters.canVary`), one per character;
/// - a combining mark at the start or after white space is a `strayMark`, and more than
///   `CharacterPolicy.maximumMarksPerLetter` in a row are `excessMark`s.
///
/// A text with nothing to take out is returned as it came, without allocating. Characters that
/// are plain wherever they stand (`UnwantedCharacters.isPlain`, from a table) are kept without
/// asking Unicode about them.
enum TextSanitizer {
    /// `text` with the characters `source`'s policy takes out removed (or replaced by a space),
    /// and what was taken out. `usingPlainTable: false` asks Unicode about every character
    /// beyond printable ASCII: the slow path the tests hold the table to.
    static func sanitize(_ text: String, for source: CharacterPolicy.Source,
                         usingPlainTable: Bool = true) -> (text: String, removals: [Removal]) {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return (text, []) }
        let scalars = text.unicodeScalars
        var kept: String.UnicodeScalarView?
        var removals: [Removal] = []
        var previous: Unicode.Scalar?
        var marksInRow = 0
        var offset = 0
        var index = scalars.startIndex

        func keep(_ scalar: Unicode.Scalar, isPlain: Bool = false) {
            kept?.append(scalar)
            marksInRow = !isPlain && UnwantedCharacters.isMark(scalar) ? marksInRow + 1 : 0
            previous = scalar
        }
        func judge(_ scalar: Unicode.Scalar, as kind: UnwantedCharacters.Kind) {
            let treatment = CharacterPolicy.treatment(of: kind, in: source)
            if treatment == .keep { return keep(scalar) }
            if kept == nil { kept = String.UnicodeScalarView(scalars[..<index]) }
            removals.append(Removal(offset: offset, scalar: scalar, kind: kind))
            if treatment == .replaceWithSpace { keep(" ") }
        }

        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if usingPlainTable ? UnwantedCharacters.isPlain(scalar) : scalar.value < 0x7F && scalar.value >= 0x20 {
                keep(scalar, isPlain: true)
            } else if let kind = UnwantedCharacters.kind(of: scalar) {
                judge(scalar, as: kind)
            } else if UnwantedCharacters.isTag(scalar) {
                if previous == UnwantedCharacters.tagSequenceBase, let end = tagSequenceEnd(in: scalars, from: index) {
                    while index < end {
                        keep(scalars[index])
                        index = scalars.index(after: index)
                        offset += 1
                    }
                    continue
                }
                judge(scalar, as: .strayTag)
            } else if UnwantedCharacters.isJoiner(scalar), let before = previous, UnwantedCharacters.isLatinLetter(before),
                      next < scalars.endIndex, UnwantedCharacters.isLatinLetter(scalars[next]) {
                judge(scalar, as: .latinJoiner)
            } else if scalar.properties.isVariationSelector {
                if UnwantedCharacters.canVary(previous, with: scalar) { keep(scalar) } else { judge(scalar, as: .strayVariationSelector) }
            } else if UnwantedCharacters.isMark(scalar) {
                if previous == nil || previous?.properties.isWhitespace == true {
                    judge(scalar, as: .strayMark)
                } else if marksInRow >= CharacterPolicy.maximumMarksPerLetter {
                    judge(scalar, as: .excessMark)
                } else {
                    keep(scalar)
                }
            } else {
                keep(scalar)
            }
            index = next
            offset += 1
        }
        guard let kept else { return (text, []) }
        return (String(kept), removals)
    }

    /// The end of the emoji tag sequence (tags U+E0020-U+E007E ended by CANCEL TAG U+E007F)
    /// starting at `start`, or `nil` when there is none.
    private static func tagSequenceEnd(in scalars: String.UnicodeScalarView, from start: String.Index) -> String.Index? {
        var index = start
        while index < scalars.endIndex, (0xE0020...0xE007E).contains(scalars[index].value) { index = scalars.index(after: index) }
        guard index > start, index < scalars.endIndex, scalars[index].value == 0xE007F else { return nil }
        return scalars.index(after: index)
    }
}

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
        if isOnlyWhiteSpace(result) { result = "" }
        if result.unicodeScalars.count > maximumCharacters { return cut(result, findings: findings) }
        return (result, findings)
    }

    /// Whether `text` is not empty and all white space; a field starting with a printable ASCII
    /// character (most do) is answered without asking Unicode.
    private static func isOnlyWhiteSpace(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        if first > 0x20 && first < 0x7F { return false }
        return text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
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

/// Sanitises the fields of a signatory file (`FieldSanitizer`) and keeps a warning for each
/// field that changed, naming its line and column: `list.csv:7:1: warning: name: removed bidi
/// control U+202E`.
struct SanitizingLog {
    /// Fields reported one by one; beyond this, one last warning counts the rest, so a list of a
    /// million damaged rows does not bury the other messages.
    static let reportedFields = 1000

    let file: String
    private(set) var warnings: [Diagnostic] = []
    private var unreported = 0
    /// How many fields sanitising has changed so far.
    private(set) var sanitisedFields = 0

    init(file: String) {
        self.file = file
    }

    /// `text` sanitised; a change is reported as being in `column` on `line`.
    mutating func clean(_ text: String, column: String, line: Int) -> String {
        let (clean, findings) = FieldSanitizer.sanitize(text)
        if !findings.isEmpty {
            sanitisedFields += 1
            if warnings.count < Self.reportedFields {
                warnings.append(Diagnostic.warning(at: SourceLocation(file: file, line: line, column: 1),
                                        "\(column): " + Self.describe(findings)))
            } else {
                unreported += 1
            }
        }
        return clean
    }

    /// Adds what `later` logged for the lines after this log's, as if one log had seen them
    /// all: its warnings are reported while this log has room, and counted beyond.
    mutating func append(_ later: SanitizingLog) {
        for warning in later.warnings {
            if warnings.count < Self.reportedFields { warnings.append(warning) } else { unreported += 1 }
        }
        unreported += later.unreported
        sanitisedFields += later.sanitisedFields
    }

    /// The warnings, with one counting the fields not reported one by one.
    var allWarnings: [Diagnostic] {
        guard unreported > 0 else { return warnings }
        return warnings + [Diagnostic.warning(at: SourceLocation(file: file, line: 1, column: 1),
                                   "\(unreported) more fields were sanitised (only the first \(Self.reportedFields) are listed)")]
    }

    /// "removed bidi controls U+202E, U+202C; cut to 300 characters (it had 5,000)".
    static func describe(_ findings: FieldSanitizer.Findings) -> String {
        var parts = findings.removed.keys.sorted().map { kind -> String in
            let scalars = findings.removed[kind] ?? []
            let codes = scalars.map(code).joined(separator: ", ")
            let verb = kind == .lineSeparator ? "replaced by a space" : "removed"
            return "\(verb) \(scalars.count == 1 ? kind.label : kind.pluralLabel) \(codes)"
        }
        if let length = findings.cutFromLength {
            parts.append("cut to \(FieldSanitizer.maximumCharacters) characters with an ellipsis (it had \(length))")
        }
        return parts.joined(separator: "; ")
    }

    /// "U+202E", at least four hexadecimal digits.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
