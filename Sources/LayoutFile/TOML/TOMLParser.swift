import Diagnostics

/// Parses the subset of TOML 1.0 that layout files use (see `layouts/README.md`).
///
/// Supported: comments, `[table]` and `[table.sub]` headers, `key = value` with bare keys, and
/// the values `TOMLValueParser` reads. Anything else from TOML fails with an `InputError` that
/// says it is not supported in layout files.
///
/// Written here rather than taken from TOMLKit 0.6.0 (the package mirror's): TOMLKit gives a line
/// and column only for syntax errors, and the values it returns carry none, while every error
/// about a layout's values (a length without a unit, a margin wider than the page) must name its
/// file, line and column. Layout and terms files are short, so speed does not decide it.
package struct TOMLParser {
    private var scanner: TOMLScanner
    private var document = TOMLDocument()
    /// Line of each key, per table name ("" for the top level), to report duplicates.
    private var keyLines: [String: [String: Int]] = [:]
    private var tableLines: [String: Int] = [:]

    /// Parses `text`, naming `file` in locations.
    package static func parse(_ text: String, file: String) throws -> TOMLDocument {
        var parser = TOMLParser(scanner: TOMLScanner(text: text, file: file))
        return try parser.parseDocument()
    }

    private init(scanner: TOMLScanner) {
        self.scanner = scanner
    }

    private mutating func parseDocument() throws -> TOMLDocument {
        while !scanner.isAtEnd {
            scanner.skipSpaces()
            switch scanner.current {
            case "#", "\n", nil:
                try scanner.finishLine(after: "a comment")
            case "[":
                try parseTableHeader()
                try scanner.finishLine(after: "the table header")
            default:
                try parseKeyValue()
                try scanner.finishLine(after: "the value")
            }
        }
        return document
    }

    private mutating func parseTableHeader() throws {
        let start = scanner.location
        guard scanner.peek(1) != "[" else {
            throw InputError(at: start, "arrays of tables ([[...]]) are not supported in layout files")
        }
        scanner.advance()
        var path: [String] = []
        repeat {
            if !path.isEmpty { scanner.advance() }
            scanner.skipSpaces()
            path.append(try parseBareKey())
            scanner.skipSpaces()
        } while scanner.current == "."
        guard scanner.current == "]" else {
            throw InputError(at: scanner.location, "expected ']' to close the table header")
        }
        scanner.advance()
        let name = path.joined(separator: ".")
        if let firstLine = tableLines[name] {
            throw InputError(at: start, "duplicate table [\(name)]: defined on line \(firstLine) and again on line \(start.line)")
        }
        tableLines[name] = start.line
        document.tables.append(TOMLDocument.Table(path: path, location: start))
    }

    private mutating func parseKeyValue() throws {
        let keyLocation = scanner.location
        let key = try parseBareKey()
        scanner.skipSpaces()
        if scanner.current == "." {
            throw InputError(at: keyLocation, "dotted keys are not supported in layout files; use a [table] header")
        }
        guard scanner.current == "=" else {
            throw InputError(at: scanner.location, "expected '=' after the key '\(key)'")
        }
        scanner.advance()
        scanner.skipSpaces()
        if scanner.isAtLineEnd || scanner.current == "#" {
            throw InputError(at: scanner.location, "missing value for '\(key)'")
        }
        let value = try TOMLValueParser.parseValue(&scanner)
        try record(TOMLDocument.Entry(key: key, keyLocation: keyLocation, value: value))
    }

    private mutating func record(_ entry: TOMLDocument.Entry) throws {
        let tableName = document.tables.last?.name ?? ""
        if let firstLine = keyLines[tableName]?[entry.key] {
            let place = tableName.isEmpty ? "at the top level" : "in [\(tableName)]"
            throw InputError(
                at: entry.keyLocation,
                "duplicate key '\(entry.key)' \(place): set on line \(firstLine) and again on line \(entry.keyLocation.line)")
        }
        keyLines[tableName, default: [:]][entry.key] = entry.keyLocation.line
        if document.tables.isEmpty {
            document.root.append(entry)
        } else {
            document.tables[document.tables.count - 1].entries.append(entry)
        }
    }

    private mutating func parseBareKey() throws -> String {
        let start = scanner.location
        if scanner.current == "\"" || scanner.current == "'" {
            throw InputError(at: start, "quoted keys are not supported in layout files")
        }
        let key = scanner.scanWhile(TOMLScanner.isBareKeyScalar)
        guard !key.isEmpty else {
            throw InputError(at: start, "expected a key (letters, digits, '-' and '_'), a [table] header or a comment")
        }
        return key
    }
}

/// A parsed layout file: the keys before the first header, then each `[table]` in file order.
package struct TOMLDocument {
    /// One `key = value` line.
    package struct Entry {
        package var key: String
        package var keyLocation: SourceLocation
        package var value: TOMLValue
    }

    /// One `[table]` or `[table.sub]` header and the entries under it.
    package struct Table {
        package var path: [String]
        package var location: SourceLocation
        package var entries: [Entry] = []

        /// The dotted name as written in the header, such as `page` or `page.sub`.
        package var name: String { path.joined(separator: ".") }
    }

    /// Entries that come before any table header.
    package var root: [Entry] = []
    package var tables: [Table] = []

    /// The top-level entry for `key`, if the file has one.
    package func rootEntry(_ key: String) -> Entry? {
        root.first { $0.key == key }
    }
}

/// One value from a layout file, with the place it starts so messages can point at it.
package struct TOMLValue: Equatable {
    /// The kinds of value the layout-file subset of TOML supports.
    package enum Content: Equatable {
        case string(String)
        case integer(Int)
        case float(Double)
        case boolean(Bool)
        /// Arrays hold scalars only.
        case array([TOMLValue])
    }

    package var content: Content
    package var location: SourceLocation

    /// The kind of value in words, for messages such as "got a string".
    package var kindDescription: String {
        switch content {
        case .string: "a string"
        case .integer, .float: "a number"
        case .boolean: "a boolean"
        case .array: "an array"
        }
    }
}
