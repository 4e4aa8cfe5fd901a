import Diagnostics
import Foundation

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

    /// Files with fewer bytes of rows are read on the calling thread alone (a megabyte is about
    /// 20,000 rows; a thread costs far less than reading them).
    static let bytesWorthASecondThread = 1 << 20

    /// Reads the rows; `release` hears, every `releaseInterval` bytes, which bytes are read.
    ///
    /// A file of `bytesWorthASecondThread` or more is read in two halves at once, the second on
    /// a thread of its own, cut at a line end near the middle. The rows, rejects and warnings
    /// come out exactly as from one pass: the second half starts on the line the first would
    /// have reached (its line ends are counted first), and it is used only when the first half
    /// ends exactly where it starts. When a quoted field runs across the cut, the second half's
    /// work is dropped and the first half reads on to the end.
    /// (`halvesFrom` replaces `bytesWorthASecondThread`, for tests.)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, header: CSVHeader, options: SignatoryOptions,
                     file: String, release: ReadBytes = .held,
                     halvesFrom minimumBytes: Int = bytesWorthASecondThread) throws(InputError) -> SignatoryList {
        var columns = header.columns
        try columns.resolve(headers: header.names, options: options,
                            at: SourceLocation(file: file, line: header.line, column: 1))
        var list = SignatoryList(format: .csv(delimiter: Character(Unicode.Scalar(header.delimiter))),
                                 headers: header.names, skippedBlankLines: header.leadingBlankLines)
        list.signatories.reserveCapacity(ByteLines.count(in: bytes, every: releaseInterval, release: release))
        var first = CSVRowReader(bytes: bytes, columns: columns, headerNames: header.names, file: file)
        var scanner = header.scanner
        if let cut = secondHalfStart(in: bytes, from: scanner.position, minimumBytes: minimumBytes) {
            let secondScanner = CSVScanner(bytes: bytes, delimiter: header.delimiter, position: cut,
                                           line: scanner.line + LineEnds.count(in: bytes, scanner.position..<cut))
            let second = SecondHalf(reader: CSVRowReader(bytes: bytes, columns: columns, headerNames: header.names, file: file),
                                    scanner: secondScanner, format: list.format, release: release)
            let finished = DispatchSemaphore(value: 0)
            Thread {
                second.read()
                finished.signal()
            }.start()
            first.read(&scanner, until: cut, into: &list, release: release)
            finished.wait()
            if scanner.position == cut, scanner.line == secondScanner.line {
                list.append(second.list)
                first.log.append(second.reader.log)
            } else {
                first.read(&scanner, until: nil, into: &list, release: release)
            }
        } else {
            first.read(&scanner, until: nil, into: &list, release: release)
        }
        release.release(0..<bytes.count)
        list.warnings += first.log.allWarnings
        if let line = list.rowsWithExtraFields.first {
            list.warnings.append(Diagnostic.warning(at: SourceLocation(file: file, line: line, column: 1),
                                         extraFieldsMessage(list.rowsWithExtraFields)))
        }
        return list
    }

    /// Where the second half of the rows starts (after the first line feed past the middle of
    /// the bytes from `start`), or `nil` when they are fewer than `minimumBytes`, or the process
    /// has one core.
    private static func secondHalfStart(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, minimumBytes: Int) -> Int? {
        guard bytes.count - start >= minimumBytes, ProcessInfo.processInfo.activeProcessorCount > 1,
              let lineFeed = bytes[(start + (bytes.count - start) / 2)...].firstIndex(of: ASCII.lineFeed),
              lineFeed + 1 < bytes.count
        else { return nil }
        return lineFeed + 1
    }

    /// The second half of a file being read in two halves, read on its own thread into a list
    /// of its own. Its fields are written by that thread alone, and read by the first only after
    /// the thread has signalled that it is done.
    private final class SecondHalf: @unchecked Sendable {
        var reader: CSVRowReader
        var scanner: CSVScanner
        var list: SignatoryList
        let release: ReadBytes

        init(reader: CSVRowReader, scanner: CSVScanner, format: SignatoryFormat, release: ReadBytes) {
            self.reader = reader
            self.scanner = scanner
            list = SignatoryList(format: format)
            self.release = release
        }

        func read() {
            list.signatories.reserveCapacity(LineEnds.count(in: reader.bytes, scanner.position..<reader.bytes.count) + 1)
            reader.read(&scanner, until: nil, into: &list, release: release)
        }
    }

    private static func extraFieldsMessage(_ lines: [Int]) -> String {
        var listed = lines.prefix(listedExtraFieldLines).map(String.init).joined(separator: ", ")
        if lines.count > listedExtraFieldLines { listed += ", …" }
        let rows = lines.count == 1 ? "1 row has" : "\(lines.count) rows have"
        return "\(rows) more fields than the header row; the extra fields were ignored (lines \(listed))"
    }
}

/// Reads the records of one stretch of a CSV file into signatories, with the tables that make
/// rows share their details (`DetailsCache`) and the log of sanitised fields.
struct CSVRowReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private let columns: ColumnMap
    private let columnCount: Int
    private let headerRepeat: HeaderRepeat
    private var fields = CSVFields()
    private var detailsCache = DetailsCache()
    var log: SanitizingLog

    init(bytes: UnsafeBufferPointer<UInt8>, columns: ColumnMap, headerNames: [String], file: String) {
        self.bytes = bytes
        self.columns = columns
        columnCount = headerNames.count
        headerRepeat = HeaderRepeat(names: headerNames)
        log = SanitizingLog(file: file)
    }

    /// Reads records from `scanner` into `list` until the next one would start at `end` or
    /// later (with `end` nil, to the end of the file); `release` hears every
    /// `CSVSignatoryReader.releaseInterval` bytes which of them are read.
    mutating func read(_ scanner: inout CSVScanner, until end: Int?, into list: inout SignatoryList, release: ReadBytes) {
        let start = scanner.position
        var nextRelease = start + CSVSignatoryReader.releaseInterval
        while end.map({ scanner.position < $0 }) ?? true {
            switch scanner.next(into: &fields) {
            case .end:
                return
            case .blankLine:
                list.skippedBlankLines += 1
            case .brokenQuote(let line, let reason):
                list.reject(line: line, reason)
            case .record(let line, let range):
                if range.lowerBound >= nextRelease {
                    release.release(start..<range.lowerBound)
                    nextRelease = range.lowerBound + CSVSignatoryReader.releaseInterval
                }
                if let problem = RowCheck.problem(in: bytes, range: range) {
                    list.reject(line: line, problem)
                } else if headerRepeat.isRepeated(in: fields) {
                    list.reject(line: line, "repeated header row")
                } else if let signatory = columns.signatory(from: fields, line: line, cache: &detailsCache, log: &log) {
                    list.accept(signatory)
                    if hasExtraFields { list.rowsWithExtraFields.append(line) }
                } else {
                    list.reject(line: line, "empty")
                }
            }
        }
    }

    /// Whether the record in `fields` has non-empty fields beyond the header row's columns.
    private var hasExtraFields: Bool {
        (columnCount..<max(columnCount, fields.count)).contains { index in
            !fields.withField(index, FieldText.isBlank)
        }
    }
}

/// Counts line ends as `CSVScanner` counts lines: a line feed, a carriage return and line feed,
/// or a carriage return alone each end one line, inside quoted fields too.
enum LineEnds {
    static func count(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for index in range {
            switch bytes[index] {
            case ASCII.lineFeed: count += 1
            case ASCII.carriageReturn where index + 1 == bytes.count || bytes[index + 1] != ASCII.lineFeed: count += 1
            default: continue
            }
        }
        return count
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
