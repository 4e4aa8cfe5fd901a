/// The rows that do not print, as CSV: `line,reason,name`, one row per rejected or duplicate
/// row, and one per printed row that looks like an earlier one (`looks like line N`, for
/// review), by line. `line` is the 1-based line on which the row starts in the signatory file;
/// `name` is the name as read for duplicates and look-alikes and empty for rejected rows. Cells are
/// neutralised against spreadsheet formulas (see `CSVWriter`).
public enum RejectsReport {
    public static let header = ["line", "reason", "name"]

    public static func csv(for processed: ProcessedSignatories) -> String {
        var rows: [(line: Int, cells: [String])] = processed.rejected.map { ($0.line, [String($0.line), $0.reason, ""]) }
        let suffix = processed.duplicatesPrinted ? " (printed)" : ""
        rows += processed.duplicates.map { duplicate in
            (duplicate.line, [String(duplicate.line), "duplicate of line \(duplicate.firstLine)" + suffix, duplicate.name])
        }
        rows += processed.lookAlikes.map { row in
            (row.line, [String(row.line), "looks like line \(row.firstLine) (printed; check by hand)", row.name])
        }
        rows.sort { $0.line < $1.line }
        return CSVWriter.row(header) + rows.map { CSVWriter.row($0.cells) }.joined()
    }
}
