import Diagnostics
import Foundation

/// One addressee of a delivery: who gets the copy holding the signatures of one group.
public struct Recipient: Sendable, Equatable {
    /// The split value whose signatories this recipient gets ("France", "Leeds Central").
    public var group: String
    /// The addressee, one entry per line ("H.E. the Ambassador", "Permanent Mission of France").
    public var to: [String]
    /// The BCP 47 tag of the language the copy should be in, canonical case; nil for any.
    public var language: String?
    /// An opening line printed before the letter's body, replacing the letter's own
    /// ("Dear Ambassador,"); nil for none.
    public var salutation: String?
    /// Postal address lines printed under the addressee; empty for none.
    public var address: [String]
    /// Where the recipient's row starts in the recipients file.
    public var location: SourceLocation

    public init(group: String, to: [String], language: String? = nil, salutation: String? = nil,
                address: [String] = [], location: SourceLocation) {
        self.group = group
        self.to = to
        self.language = language
        self.salutation = salutation
        self.address = address
        self.location = location
    }

    /// The lines that replace the letter's `To:`: the addressee, then the postal address.
    public var addressLines: [String] { to + address }
}

/// A recipients file (`--recipients`): CSV with a header row, one recipient per row.
///
/// Columns, found by header name (case-insensitive, `_` and `-` read as spaces):
/// - `group` (required): the value of the `--split-by` column whose signatories this recipient gets;
/// - `to` (required; also `recipient`, `addressee`): the addressee, lines separated by `;` or a
///   line break inside a quoted field;
/// - `language` (also `lang`): a BCP 47 tag choosing the translation;
/// - `salutation` (also `greeting`): an opening line printed before the letter's body, in place
///   of the letter's own when its first paragraph is one ("Dear Ministers,");
/// - `address` (also `postal address`): postal address lines under the addressee, separated
///   like `to`.
///
/// The delimiter is a comma, or a semicolon or tab when the header row holds one of those and no
/// comma. Several rows may name the same group (each recipient gets a copy). An unknown column is
/// reported as a warning; a missing required column or value, a bad language tag, a broken quote
/// or bytes that are not UTF-8 are errors naming the file, line and column.
public struct RecipientList: Sendable, Equatable {
    public var recipients: [Recipient]
    public var warnings: [Diagnostic]

    /// Reads a recipients file; `file` names it in messages.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> RecipientList {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let text = String(validating: bytes[start...], as: UTF8.self) else {
            throw InputError(at: firstInvalidByte(in: bytes, from: start, file: file), "the recipients file is not UTF-8 text")
        }
        var records = try CSVRecords.read(text, file: file)
        guard let header = records.first else { throw InputError(file: file, "the recipients file is empty: it needs a header row with 'group' and 'to'") }
        records.removeFirst()
        var warnings: [Diagnostic] = []
        var columns: [Field: Int] = [:]
        for (index, cell) in header.cells.enumerated() {
            let name = cell.text.trimmingWhitespace
            guard let field = Field(header: name) else {
                warnings.append(Diagnostic.warning(at: cell.location, "unknown column '\(name)' is ignored (known: group, to, language, salutation, address)"))
                continue
            }
            if columns[field] != nil { throw InputError(at: cell.location, "column '\(field.rawValue)' appears twice in the header row") }
            columns[field] = index
        }
        for required in [Field.group, .to] where columns[required] == nil {
            throw InputError(at: header.location, "the header row has no '\(required.rawValue)' column (it has: \(header.cells.map(\.text).joined(separator: ", ")))")
        }
        var recipients: [Recipient] = []
        for record in records where !record.isBlank {
            func cell(_ field: Field) -> CSVRecords.Cell? { columns[field].flatMap { $0 < record.cells.count ? record.cells[$0] : nil } }
            func value(_ field: Field) -> String { cell(field)?.text.trimmingWhitespace ?? "" }
            func location(_ field: Field) -> SourceLocation { cell(field)?.location ?? record.endLocation }
            // Cleaned as the signatory reader cleans the values it groups by, so they compare equal.
            let group = FieldSanitizer.sanitize(UnicodeNormalization.nfc(Whitespace.collapse(value(.group)))).text
            guard !group.isEmpty else { throw InputError(at: location(.group), "this recipient has no group (the value of the --split-by column)") }
            let to = lines(value(.to))
            guard !to.isEmpty else { throw InputError(at: location(.to), "the recipient of group '\(group)' has no 'to' (the addressee)") }
            var language: String?
            if !value(.language).isEmpty {
                guard let tag = LanguageTag.canonical(value(.language)) else {
                    throw InputError(at: location(.language), "'\(value(.language))' is not a BCP 47 language tag (such as fr, pt-BR, zh-Hans)")
                }
                language = tag
            }
            let salutation = value(.salutation)
            recipients.append(Recipient(group: group, to: to, language: language, salutation: salutation.isEmpty ? nil : salutation,
                                        address: lines(value(.address)), location: record.location))
            if record.cells.count > header.cells.count, record.cells[header.cells.count...].contains(where: { !$0.text.trimmingWhitespace.isEmpty }) {
                warnings.append(Diagnostic.warning(at: record.cells[header.cells.count].location, "more fields than the header row; the extra ones are ignored"))
            }
        }
        return RecipientList(recipients: recipients, warnings: warnings)
    }

    /// Lines of a `to` or `address` value: split at `;` and line breaks, each trimmed, empty ones dropped.
    static func lines(_ value: String) -> [String] {
        value.split(whereSeparator: { $0 == ";" || $0.isNewline }).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }

    private static func firstInvalidByte(in bytes: [UInt8], from start: Int, file: String) -> SourceLocation {
        var (line, column, index) = (1, 1, start)
        while index < bytes.count {
            let length = bytes.withUnsafeBufferPointer { UTF8Validation.sequenceLength(in: $0, at: index) }
            guard let length else { break }
            if bytes[index] == 0x0A { (line, column) = (line + 1, 1) } else { column += 1 }
            index += length
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The columns a recipients file may have.
    enum Field: String, CaseIterable {
        case group, to, language, salutation, address

        init?(header: String) {
            switch SignatoryColumn.normalisedHeader(header) {
            case "group": self = .group
            case "to", "recipient", "addressee": self = .to
            case "language", "lang": self = .language
            case "salutation", "greeting": self = .salutation
            case "address", "postal address": self = .address
            default: return nil
            }
        }
    }
}

/// The records of a small CSV file (RFC 4180: quoted fields may hold delimiters, `""` and line
/// breaks), each cell with the line and column it starts at. The signatory reader's scanner
/// works on bytes and keeps no columns, which a million rows cannot afford; a recipients file
/// has a few hundred rows and every error must point at its cell.
struct CSVRecords {
    struct Cell: Equatable {
        var text: String
        var location: SourceLocation
    }

    struct Record {
        var cells: [Cell]
        var location: SourceLocation
        /// Just after the record's last character, for a missing cell.
        var endLocation: SourceLocation
        var isBlank: Bool { cells.allSatisfy { $0.text.trimmingWhitespace.isEmpty } }
    }

    /// The records of `text`; the delimiter is `,`, or `;` or a tab when the first line holds one
    /// of them and no comma. Throws at a quote that is never closed or is followed by text.
    static func read(_ text: String, file: String) throws(InputError) -> [Record] {
        let scalars = Array(text.unicodeScalars)
        let firstLine = scalars.prefix { $0 != "\n" && $0 != "\r" }
        let delimiter: Unicode.Scalar = firstLine.contains(",") ? "," : firstLine.contains(";") ? ";" : firstLine.contains("\t") ? "\t" : ","
        var records: [Record] = []
        var (index, line, column) = (0, 1, 1)
        func here() -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        func advance() {
            if scalars[index] == "\n" || (scalars[index] == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n")) {
                (line, column) = (line + 1, 1)
            } else if scalars[index] != "\r" {
                column += 1
            }
            index += 1
        }
        while index < scalars.count {
            var record = Record(cells: [], location: here(), endLocation: here())
            fields: while true {
                var cell = Cell(text: "", location: here())
                if index < scalars.count, scalars[index] == "\"" {
                    let opening = here()
                    advance()
                    while true {
                        guard index < scalars.count else { throw InputError(at: opening, "this quoted field is never closed") }
                        if scalars[index] == "\"" {
                            advance()
                            guard index < scalars.count, scalars[index] == "\"" else { break }
                        }
                        cell.text.unicodeScalars.append(scalars[index])
                        advance()
                    }
                    if index < scalars.count, scalars[index] != delimiter, scalars[index] != "\n", scalars[index] != "\r" {
                        throw InputError(at: here(), "text after a closing quote; write a quote inside a quoted field as \"\"")
                    }
                } else {
                    while index < scalars.count, scalars[index] != delimiter, scalars[index] != "\n", scalars[index] != "\r" {
                        cell.text.unicodeScalars.append(scalars[index])
                        advance()
                    }
                }
                record.cells.append(cell)
                record.endLocation = here()
                guard index < scalars.count, scalars[index] == delimiter else { break fields }
                advance()
            }
            if index < scalars.count, scalars[index] == "\r" { advance() }
            if index < scalars.count, scalars[index] == "\n" { advance() }
            records.append(record)
        }
        return records
    }
}

extension String {
    /// The text without white space (and line breaks) at either end.
    var trimmingWhitespace: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
