/// Which header holds which field, as given on the command line (`--columns`), overriding the
/// automatic mapping by header name.
///
/// Syntax: `field=Header` pairs separated by commas, such as `name=Full Name,city=Town`. Fields
/// are the `SignatoryColumn` names (`name`, `first-name`, `last-name`, `title`, `organisation`,
/// `city`, `region`, `postcode`, `country`, `date`, `comment`, `email`, `phone`, `street`) or any
/// of their header synonyms. A header holding a comma or `=` is written in double quotes
/// (`name="Name, as signed"`). `field=` with nothing after `=` ignores that field's column.
public struct ColumnOverrides: Sendable, Equatable {
    /// One override: `column` is read from the header `header`, or not at all when `nil`.
    public struct Assignment: Sendable, Equatable {
        public var column: SignatoryColumn
        public var header: String?
    }

    /// A `--columns` value that cannot be used; `message` says why and names the culprit.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public private(set) var assignments: [Assignment]

    /// Parses `text` in the syntax above.
    public init(parsing text: String) throws(ParseError) {
        assignments = []
        for pair in Self.split(text) where !pair.isEmpty {
            guard let equals = pair.firstIndex(of: "=") else {
                throw ParseError(message: "--columns: '\(pair)' is not field=Header")
            }
            let field = pair[..<equals].trimmingSpaces
            guard let column = SignatoryColumn(header: field) else {
                let known = SignatoryColumn.allCases.map(\.rawValue).joined(separator: ", ")
                throw ParseError(message: "--columns: unknown field '\(field)'; fields are \(known)")
            }
            if assignments.contains(where: { $0.column == column }) {
                throw ParseError(message: "--columns: field '\(column.rawValue)' is given twice")
            }
            let header = Self.unquoted(pair[pair.index(after: equals)...].trimmingSpaces)
            assignments.append(Assignment(column: column, header: header.isEmpty ? nil : header))
        }
    }

    /// The override for `column`: `.some(nil)` when the column is to be ignored.
    func header(for column: SignatoryColumn) -> String?? {
        assignments.first { $0.column == column }.map(\.header)
    }

    /// Splits on commas outside double quotes.
    private static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character == ",", !quoted {
                parts.append(current.trimmingSpaces)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingSpaces)
        return parts
    }

    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        return String(text.dropFirst().dropLast())
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        String(Whitespace.trim(Substring(self)))
    }
}
