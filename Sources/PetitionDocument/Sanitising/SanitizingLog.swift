import Diagnostics

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
            return "\(verb) \(kind.label)\(scalars.count == 1 ? "" : "s") \(codes)"
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
