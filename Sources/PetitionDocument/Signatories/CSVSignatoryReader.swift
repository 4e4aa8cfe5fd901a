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

/// Recognises a data row that is the header row again (files joined with `cat`, exports
/// appended to each other): every field equals its header, ignoring case.
///
/// Most rows differ in their first field by length alone, so each field is first measured on
/// its raw bytes: a field with more characters than its lowercased header could have cannot
/// equal it, and is not cleaned and lowercased.
struct HeaderRepeat {
    private let lowercasedNames: [String]
    /// For each header, the most scalars a field equal to it (ignoring case) can have.
    private let longestMatches: [Int]

    init(names: [String]) {
        lowercasedNames = names.map { $0.lowercased() }
        // Lowercasing and canonical decomposition never shorten text, so a matching field has
        // at most as many scalars as the header's decomposed lowercase form: the header itself
        // when ASCII, at most four scalars for each of its scalars otherwise.
        longestMatches = lowercasedNames.map { name in
            name.utf8.allSatisfy { $0 < 0x80 } ? name.utf8.count : 4 * name.unicodeScalars.count
        }
    }

    /// Whether `fields` repeat the header row.
    func isRepeated(in fields: CSVFields) -> Bool {
        guard fields.count == lowercasedNames.count else { return false }
        return lowercasedNames.indices.allSatisfy { index in
            fields.withField(index) { field in
                !Self.hasMoreScalars(field, than: longestMatches[index])
                    && FieldText.clean(field).lowercased() == lowercasedNames[index]
            }
        }
    }

    /// Whether the cleaned field certainly has more than `limit` scalars: counts the printable
    /// ASCII bytes and the lead bytes of scalars that cleaning never folds away (folded white
    /// space above ASCII starts with E1, E2 or E3).
    private static func hasMoreScalars(_ field: UnsafeBufferPointer<UInt8>, than limit: Int) -> Bool {
        var count = 0
        for byte in field {
            switch byte {
            case 0x21...0x7E, 0xC2...0xE0, 0xE4...0xF4: count += 1
            default: continue
            }
            if count > limit { return true }
        }
        return false
    }
}
