/// The header row of a CSV signatory file: where it is, its delimiter and its columns.
///
/// A file is CSV when its first non-blank line contains `,`, `;` or a tab and, split on that
/// delimiter, names at least one known column (or a header named in `--columns`). When several delimiters qualify, the one giving
/// the most known columns wins (ties: comma, then semicolon, then tab).
struct CSVHeader {
    private static let delimiters: [UInt8] = [ASCII.comma, ASCII.semicolon, ASCII.tab]

    let delimiter: UInt8
    let line: Int
    /// The column names as written, trimmed.
    let names: [String]
    let columns: ColumnMap
    /// Blank lines before the header row.
    let leadingBlankLines: Int
    /// A scanner positioned on the first line after the header row.
    let scanner: CSVScanner

    /// The header of the file in `bytes` (from `start`, after any byte order mark), or `nil` when
    /// the file is not CSV with a header row.
    static func detect(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, overrides: ColumnOverrides?) -> CSVHeader? {
        var blankLines = 0
        var lines = ByteLines(bytes, from: start)
        var firstLine: ByteLines.Line?
        while let line = lines.next() {
            if !ByteLines.isBlank(bytes, line.range) {
                firstLine = line
                break
            }
            blankLines += 1
        }
        guard let firstLine else { return nil }

        var best: CSVHeader?
        for delimiter in delimiters where bytes[firstLine.range].contains(delimiter) {
            var scanner = CSVScanner(bytes: bytes, delimiter: delimiter,
                                     position: firstLine.range.lowerBound, line: firstLine.number)
            var fields = CSVFields()
            guard case .record = scanner.next(into: &fields) else { continue }
            let names = (0..<fields.count).map { fields.withField($0, FieldText.clean) }
            let columns = ColumnMap(headers: names, overrides: overrides)
            guard columns.recognisedCount > (best?.columns.recognisedCount ?? 0) else { continue }
            best = CSVHeader(delimiter: delimiter, line: firstLine.number, names: names, columns: columns,
                             leadingBlankLines: blankLines, scanner: scanner)
        }
        return best
    }
}
