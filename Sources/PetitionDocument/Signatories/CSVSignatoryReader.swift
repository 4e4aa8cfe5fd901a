import Diagnostics

/// Reads the data rows of a CSV signatory file after its header row.
///
/// Each record is checked on its own bytes (UTF-8, no NUL), so a bad row is rejected and the
/// next rows are still read; a record that repeats the header row is rejected too. Missing trailing fields count as empty; extra non-empty fields are
/// ignored and the row's line noted.
enum CSVSignatoryReader {
    /// How many line numbers the extra-fields warning lists before "…".
    static let listedExtraFieldLines = 10

    /// How many bytes are read between two calls to `release`.
    static let releaseInterval = 1 << 20

    /// Reads the rows; `release` is told, every `releaseInterval` bytes, the offset before
    /// which `bytes` are no longer needed.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, header: CSVHeader, options: SignatoryOptions,
                     file: String, release: (Int) -> Void = { _ in }) throws(InputError) -> SignatoryList {
        var columns = header.columns
        try columns.resolve(headers: header.names, options: options,
                            at: SourceLocation(file: file, line: header.line, column: 1))
        var list = SignatoryList(format: .csv(delimiter: Character(Unicode.Scalar(header.delimiter))),
                                 headers: header.names, skippedBlankLines: header.leadingBlankLines)
        list.signatories.reserveCapacity(ByteLines.count(in: bytes, every: releaseInterval, release: release))
        var nextRelease = releaseInterval
        var scanner = header.scanner
        var fields = CSVFields()
        var interner = StringInterner()
        var detailsCache = DetailsCache()
        let headerRepeat = HeaderRepeat(names: header.names)
        var log = SanitizingLog(file: file)
        reading: while true {
            switch scanner.next(into: &fields) {
            case .end:
                break reading
            case .blankLine:
                list.skippedBlankLines += 1
            case .brokenQuote(let line, let reason):
                list.reject(line: line, reason)
            case .record(let line, let range):
                if range.lowerBound >= nextRelease {
                    release(range.lowerBound)
                    nextRelease = range.lowerBound + releaseInterval
                }
                if let problem = RowCheck.problem(in: bytes, range: range) {
                    list.reject(line: line, problem)
                } else if headerRepeat.isRepeated(in: fields) {
                    list.reject(line: line, "repeated header row")
                } else if let signatory = columns.signatory(from: fields, line: line, cache: &detailsCache,
                                                                     interner: &interner, log: &log) {
                    list.accept(signatory)
                    if hasExtraFields(fields, columnCount: header.names.count) {
                        list.rowsWithExtraFields.append(line)
                    }
                } else {
                    list.reject(line: line, "empty")
                }
            }
        }
        list.warnings += log.allWarnings
        if let first = list.rowsWithExtraFields.first {
            list.warnings.append(Diagnostic.warning(at: SourceLocation(file: file, line: first, column: 1),
                                         extraFieldsMessage(list.rowsWithExtraFields)))
        }
        return list
    }

    private static func hasExtraFields(_ fields: CSVFields, columnCount: Int) -> Bool {
        (columnCount..<max(columnCount, fields.count)).contains { index in
            !fields.withField(index, FieldText.isBlank)
        }
    }

    private static func extraFieldsMessage(_ lines: [Int]) -> String {
        var listed = lines.prefix(listedExtraFieldLines).map(String.init).joined(separator: ", ")
        if lines.count > listedExtraFieldLines { listed += ", …" }
        let rows = lines.count == 1 ? "1 row has" : "\(lines.count) rows have"
        return "\(rows) more fields than the header row; the extra fields were ignored (lines \(listed))"
    }
}
