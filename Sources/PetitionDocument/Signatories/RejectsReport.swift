/// A data row of the signatory list that does not become a signatory, and why.
public struct RejectedRow: Sendable, Equatable {
    /// The signatory file, as named to the reader or the merge.
    public var file: String
    /// The 1-based line on which the row starts.
    public var line: Int
    /// A sentence for the user: "empty", "invalid UTF-8 at byte offset 812", ...
    public var reason: String

    public init(file: String = "", line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }
}

/// The rows that do not print, as CSV: `file,line,reason,name`, one row per rejected or
/// duplicate row, and one per printed row that looks like an earlier one (`looks like line N`,
/// for review), by file (in the order the files were merged) and line. `file` names the
/// signatory file the row is in; `line` is the 1-based line on which the row starts there; a
/// duplicate of a row in another file says `duplicate of other.csv:N`. `name` is the name as
/// read for duplicates and look-alikes and empty for rejected rows. Cells are neutralised against
/// spreadsheet formulas (see `CSVWriter`).
public enum RejectsReport {
    public static let header = ["file", "line", "reason", "name"]

    public static func csv(for processed: ProcessedSignatories) -> String {
        let fileOrder = Dictionary(processed.files.enumerated().map { ($0.element.file, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var rows: [(file: Int, line: Int, cells: [String])] = processed.rejected.map {
            (fileOrder[$0.file] ?? 0, $0.line, [$0.file, String($0.line), $0.reason, ""])
        }
        let suffix = processed.duplicatesPrinted ? " (printed)" : ""
        rows += processed.duplicates.map { duplicate in
            (fileOrder[duplicate.file] ?? 0, duplicate.line,
             [duplicate.file, String(duplicate.line), "duplicate of \(duplicate.firstPlace)" + suffix, duplicate.name])
        }
        rows += processed.lookAlikes.map { row in
            (fileOrder[row.file] ?? 0, row.line,
             [row.file, String(row.line), "looks like \(row.firstPlace) (printed; check by hand)", row.name])
        }
        rows.sort { ($0.file, $0.line) < ($1.file, $1.line) }
        return CSVWriter.row(header) + rows.map { CSVWriter.row($0.cells) }.joined()
    }
}
