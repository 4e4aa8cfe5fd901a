import Diagnostics

/// Everything read from a signatory file. Every data row ends up in exactly one of
/// `signatories` and `rejected`, so `signatories.count + rejected.count == inputRows`.
public struct SignatoryList: Sendable, Equatable {
    /// The signatories in file order.
    public var signatories: SignatoryArray
    /// The data rows that were not used, in file order.
    public var rejected: [RejectedRow]
    /// Data rows seen, not counting the header row and blank lines.
    public var inputRows: Int
    public var format: SignatoryFormat
    /// The header row's column names as written (trimmed); one entry for a name-per-line file
    /// that starts with a `Name` line; otherwise empty.
    public var headers: [String]
    /// Lines with nothing but white space; they are not rows.
    public var skippedBlankLines: Int
    /// Lines of rows that had more non-empty fields than the header row; the rows were used and
    /// the extra fields ignored.
    public var rowsWithExtraFields: [Int]
    /// Things the user should know about that did not reject a row.
    public var warnings: [Diagnostic]
    /// The files merged into this list, in order, with their row counts (see `merging`); empty
    /// for a list read from one file by `SignatoryReader`.
    public var files: [SignatoryFileCounts] = []

    public init(
        signatories: SignatoryArray = [], rejected: [RejectedRow] = [], inputRows: Int = 0,
        format: SignatoryFormat, headers: [String] = [], skippedBlankLines: Int = 0,
        rowsWithExtraFields: [Int] = [], warnings: [Diagnostic] = []
    ) {
        self.signatories = signatories
        self.rejected = rejected
        self.inputRows = inputRows
        self.format = format
        self.headers = headers
        self.skippedBlankLines = skippedBlankLines
        self.rowsWithExtraFields = rowsWithExtraFields
        self.warnings = warnings
    }

    /// Counts a data row that became `signatory`.
    mutating func accept(_ signatory: Signatory) {
        inputRows += 1
        signatories.append(signatory)
    }

    /// Adds the rows of `later`, read from the lines after this list's, as if read in one pass.
    mutating func append(_ later: SignatoryList) {
        inputRows += later.inputRows
        signatories += later.signatories
        rejected += later.rejected
        skippedBlankLines += later.skippedBlankLines
        rowsWithExtraFields += later.rowsWithExtraFields
        warnings += later.warnings
    }

    /// Counts a data row that was rejected.
    mutating func reject(line: Int, _ reason: String) {
        inputRows += 1
        rejected.append(RejectedRow(line: line, reason: reason))
    }
}

/// One signatory file of a merged list, with what became of its rows.
///
/// `printed + duplicates (left out) + rejected + hidden == rows`.
public struct SignatoryFileCounts: Sendable, Equatable {
    /// The file as named on the command line (or inside a named folder).
    public var file: String
    /// Data rows read, not counting the header row and blank lines.
    public var rows: Int
    public var printed: Int = 0
    /// Rows that repeat an earlier row of this file or of an earlier one.
    public var duplicates: Int = 0
    public var rejected: Int = 0

    public init(file: String, rows: Int, printed: Int = 0, duplicates: Int = 0, rejected: Int = 0) {
        self.file = file
        self.rows = rows
        self.printed = printed
        self.duplicates = duplicates
        self.rejected = rejected
    }
}

extension SignatoryList {
    /// The lists read from several files as one list, in the order given: each signatory keeps
    /// its line and learns its file (`Signatory.fileIndex`), each rejected row names its file,
    /// and `files` counts the rows of each. Duplicates are then found across all of them by
    /// `SignatoryProcessor`. The format and headers are the first list's.
    public static func merging(_ lists: [(file: String, list: SignatoryList)]) -> SignatoryList {
        var merged = SignatoryList(format: lists.first?.list.format ?? .namePerLine, headers: lists.first?.list.headers ?? [])
        for (index, (file, list)) in lists.enumerated() {
            merged.files.append(SignatoryFileCounts(file: file, rows: list.inputRows))
            merged.inputRows += list.inputRows
            merged.skippedBlankLines += list.skippedBlankLines
            merged.warnings += list.warnings
            merged.rejected += list.rejected.map { RejectedRow(file: file, line: $0.line, reason: $0.reason) }
            merged.rowsWithExtraFields += list.rowsWithExtraFields
            if index == 0 {
                merged.signatories = list.signatories
            } else {
                // Written as new records, which hold the file index.
                merged.signatories.append(contentsOf: list.signatories.lazy.map { signatory in
                    var signatory = signatory
                    signatory.fileIndex = index
                    return signatory
                })
            }
        }
        return merged
    }
}
