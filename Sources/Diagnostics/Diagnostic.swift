/// Something the program tells the user about an input or a run, in one shape for every phase:
/// the command line prints it, a server serialises it (`Codable`, JSON), tests compare it.
///
/// Prints as `file:line:column: error: message`, the form editors and terminals recognise, with
/// a hint on its own line. This is the only place that writes "error:" and "warning:".
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Whether the run stopped (error) or went on (warning).
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning
    }

    public var severity: Severity
    /// The file concerned (as the user named it, or `<stdin>`); nil when it concerns no one file
    /// (cairo failed, say).
    public var file: String?
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column in Unicode scalars (characters as an editor shows them), when known.
    public var column: Int?
    /// What is wrong, in a sentence.
    public var message: String
    /// What to do about it, when we know.
    public var hint: String?

    public init(_ severity: Severity, file: String?, line: Int? = nil, column: Int? = nil, _ message: String,
                hint: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// An error at `location`.
    public static func error(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, file: location.file, line: location.line, column: location.column, message, hint: hint)
    }

    /// An error about a whole file (`file` nil: about no one file).
    public static func error(file: String?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, file: file, message, hint: hint)
    }

    /// A warning at `location`, or about no place in particular.
    public static func warning(at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, file: location?.file, line: location?.line, column: location?.column, message, hint: hint)
    }

    /// `file:line:column` when all three are known.
    public var location: SourceLocation? {
        guard let file, let line, let column else { return nil }
        return SourceLocation(file: file, line: line, column: column)
    }

    public var description: String {
        var place = file ?? ""
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        let text = (place.isEmpty ? "" : place + ": ") + "\(severity.rawValue): \(message)"
        return hint.map { text + "\n  hint: " + $0 } ?? text
    }

    /// The diagnostics an error stands for: a `DiagnosticConvertible` gives its own; any other
    /// error becomes one error with its description and no place.
    public static func of(_ error: any Error) -> [Diagnostic] {
        if let convertible = error as? any DiagnosticConvertible { return convertible.diagnostics }
        return [.error(file: nil, String(describing: error))]
    }
}

/// An error that says what went wrong as diagnostics: most give one; missing glyphs give one a
/// character and a summary. Its description is theirs, one a line.
public protocol DiagnosticConvertible: Error, CustomStringConvertible {
    var diagnostics: [Diagnostic] { get }
}

extension DiagnosticConvertible {
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// A place in an input file, for messages a person can act on: `letter.txt:12:7`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it (or `<stdin>`).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars (characters as an editor shows them).
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// An input the program cannot use, with where it is and what is wrong: thrown by the readers
/// and checks, caught by type, shown as its one `Diagnostic`.
public struct InputError: DiagnosticConvertible, Hashable, Sendable {
    /// Where the problem is; `nil` when it concerns the whole file (a missing file, say).
    public var location: SourceLocation?
    /// The file concerned, also when there is no line and column.
    public var file: String
    /// What is wrong, in a sentence.
    public var message: String
    /// What to do about it, when we know.
    public var hint: String?

    public init(at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.location = location
        self.file = location.file
        self.message = message
        self.hint = hint
    }

    public init(file: String, _ message: String, hint: String? = nil) {
        self.location = nil
        self.file = file
        self.message = message
        self.hint = hint
    }

    public var diagnostics: [Diagnostic] {
        [location.map { .error(at: $0, message, hint: hint) } ?? .error(file: file, message, hint: hint)]
    }
}
