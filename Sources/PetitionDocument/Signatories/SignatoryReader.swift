import Diagnostics
import Foundation

/// Reads a signatory file: JSON Lines, CSV with a header row, or one name per line.
///
/// The file is JSON Lines when its first non-blank line starts with `{`.
/// The file is CSV when its first non-blank line holds a delimiter (`,`, `;` or tab) and a known
/// column name (see `CSVHeader`); otherwise it is one name per line (see `NameListReader`).
/// Bytes are parsed directly, a row at a time, so a file of a million rows reads in seconds.
public enum SignatoryReader {
    /// How much of the start of a file is searched for NUL bytes to recognise binary files.
    public static let binaryCheckLength = 8192
    /// The share of NUL bytes in the start of a file that makes it binary. Spreadsheets, images,
    /// PDFs and UTF-16 without a byte order mark hold far more; a list whose web form let a few
    /// NULs into some names holds far fewer, and only those rows are rejected.
    static let binaryNULShare = 0.01

    /// Reads the signatory file in `data` with the column mapping, asked-for columns and encoding
    /// of `options`; `file` names it in errors. A file that starts with a UTF-16 byte order mark
    /// is decoded as UTF-16; a file in Latin-1 or Windows-1252 is decoded as `options.encoding`
    /// says. Either way the rows are read from its UTF-8 form.
    ///
    /// Problems with single rows never throw: they become `RejectedRow`s.
    ///
    /// - Throws: `InputError` when the file is not text (1% NUL bytes near the start, broken
    ///   UTF-16), or its header row has no column that can name a signatory, `--columns` names a
    ///   header the file does not have, or `groupBy` names no column.
    public static func read(_ data: Data, file: String,
                            options: SignatoryOptions = SignatoryOptions()) throws(InputError) -> SignatoryList {
        let result: Result<SignatoryList, InputError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return Result { () throws(InputError) in try decodeAndRead(bytes, file: file, options: options) }
        }
        return try result.get()
    }

    /// Reads the signatory file at `path` like `read(_:file:options:)`, mapping it into memory
    /// and giving back the part already read as it goes, so that a large list does not hold
    /// the whole file while its rows are built. Returns `nil` when the file cannot be mapped
    /// (it is missing, unreadable, not a regular file, or empty): read it as `Data` instead.
    public static func read(mapping path: String, file: String,
                            options: SignatoryOptions = SignatoryOptions()) throws(InputError) -> SignatoryList? {
        guard let mapped = MappedFile(path: path) else { return nil }
        return try decodeAndRead(mapped.bytes, file: file, options: options, release: ReadBytes(mapped: mapped))
    }

    /// `release` hears, as reading goes on, which of `bytes` are no longer needed.
    private static func decodeAndRead(_ bytes: UnsafeBufferPointer<UInt8>, file: String, options: SignatoryOptions,
                                      release: ReadBytes = .held) throws(InputError) -> SignatoryList {
        let utf8: [UInt8]
        if ByteOrderMark.isUTF16(bytes) {
            utf8 = try Transcoder.utf8(fromUTF16: bytes, file: file)
        } else if options.encoding != .utf8 {
            try refuseBinary(bytes, file: file)
            utf8 = try Transcoder.utf8(fromSingleByte: bytes, options.encoding, file: file)
        } else {
            return try read(bytes, file: file, options: options, release: release)
        }
        release.release(0..<bytes.count)
        let result: Result<SignatoryList, InputError> = utf8.withUnsafeBufferPointer { bytes in
            Result { () throws(InputError) in try read(bytes, file: file, options: options) }
        }
        return try result.get()
    }

    private static func refuseBinary(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) {
        let start = bytes.prefix(binaryCheckLength)
        let nulBytes = start.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        if nulBytes > 0, Double(nulBytes) >= Double(start.count) * binaryNULShare {
            throw InputError(file: file, "binary file: it contains NUL bytes, so it is neither CSV nor a list of names")
        }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String, options: SignatoryOptions,
                             release: ReadBytes = .held) throws(InputError) -> SignatoryList {
        try refuseBinary(bytes, file: file)
        let start = ByteOrderMark.utf8Length(bytes)
        if JSONLinesReader.detect(in: bytes, from: start) {
            return try JSONLinesReader.read(bytes, from: start, options: options, file: file)
        }
        guard let header = CSVHeader.detect(in: bytes, from: start, overrides: options.columns) else {
            if let overrides = options.columns {
                let named = overrides.assignments.compactMap(\.header).map { "'\($0)'" }.joined(separator: ", ")
                throw InputError(file: file, "--columns names \(named), but the first line of the file names none of "
                    + "these or any known column, so the file has no header row")
            }
            if let groupBy = options.groupBy {
                throw InputError(file: file, "cannot group by '\(groupBy)': a list of one name per line has no columns")
            }
            return NameListReader.read(bytes, from: start, file: file)
        }
        return try CSVSignatoryReader.read(bytes, header: header, options: options, file: file, release: release)
    }
}

/// How a signatory file was read.
public enum SignatoryFormat: Sendable, Equatable {
    /// CSV with a header row, fields separated by `delimiter` (`,`, `;` or tab).
    case csv(delimiter: Character)
    /// One name per line.
    case namePerLine
    /// One JSON object per line.
    case jsonLines
}

/// Reads a signatory file that is one name per line.
///
/// Blank lines are skipped and counted. Each other line is a signatory (only `name` set), or a
/// rejected row when it is not UTF-8 text. When the first non-blank line is just a column name
/// such as `Name` (a one-column spreadsheet export), it is taken as the header, not a signatory.
enum NameListReader {
    private static let headerWords: Set<String> = [
        "name", "names", "full name", "signatory", "signatories", "signature", "signatures",
    ]

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, file: String) -> SignatoryList {
        var list = SignatoryList(format: .namePerLine)
        var log = SanitizingLog(file: file)
        var isFirstLine = true
        for line in ByteLines(bytes, from: start) {
            if ByteLines.isBlank(bytes, line.range) {
                list.skippedBlankLines += 1
                continue
            }
            let mayBeHeader = isFirstLine
            isFirstLine = false
            if let problem = RowCheck.problem(in: bytes, range: line.range) {
                list.reject(line: line.number, problem)
                continue
            }
            let name = log.clean(FieldText.clean(UnsafeBufferPointer(rebasing: bytes[line.range])),
                                 column: "name", line: line.number)
            if mayBeHeader && headerWords.contains(name.lowercased()) {
                list.headers = [name]
            } else if name.isEmpty {
                list.reject(line: line.number, "empty")
            } else {
                list.accept(Signatory(name: name, line: line.number))
            }
        }
        list.warnings += log.allWarnings
        return list
    }
}

/// Makes a signatory from the cleaned fields of one row, the same way for every format.
enum SignatoryBuilder {
    /// The signatory, or `nil` when the row has neither a name nor an organisation.
    ///
    /// The name wins; when it is empty, first and last name are joined ("First Last"). A row
    /// with only an organisation signs as the organisation.
    static func signatory(name: String, firstName: String, lastName: String, title: String,
                          organisation: String, city: String, country: String, line: Int) -> Signatory? {
        let fullName = fullName(name: name, firstName: firstName, lastName: lastName)
        if fullName.isEmpty {
            guard !organisation.isEmpty else { return nil }
            return Signatory(name: organisation, title: title, city: city, country: country,
                             isOrganisation: true, line: line)
        }
        return Signatory(name: fullName, title: title, organisation: organisation, city: city,
                         country: country, line: line)
    }

    /// The name a row signs with: its name, or else its first and last name joined ("First Last");
    /// empty when it has none of them.
    static func fullName(name: String, firstName: String, lastName: String) -> String {
        name.isEmpty ? [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ") : name
    }
}

/// Finds what makes the raw bytes of one row unusable, so that one bad row is rejected on its
/// own instead of failing the whole file.
enum RowCheck {
    /// A reason to reject the row in `range` of `bytes`, or `nil` when it is UTF-8 text. Byte
    /// offsets count from 0 at the start of the file.
    static func problem(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> String? {
        if let nul = bytes[range].firstIndex(of: 0) {
            return "NUL byte at byte offset \(nul)"
        }
        if let bad = UTF8Validation.firstInvalidByte(in: bytes, range: range) {
            return "invalid UTF-8 at byte offset \(bad)"
        }
        return nil
    }
}
