import Diagnostics

/// Everything read from a signatory file. Every data row ends up in exactly one of
/// `signatories` and `rejected`, so `signatories.count + rejected.count == inputRows`.
public struct SignatoryList: Sendable, Equatable {
    /// The signatories in file order.
    public var signatories: [Signatory]
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

    public init(
        signatories: [Signatory] = [], rejected: [RejectedRow] = [], inputRows: Int = 0,
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

    /// Counts a data row that was rejected.
    mutating func reject(line: Int, _ reason: String) {
        inputRows += 1
        rejected.append(RejectedRow(line: line, reason: reason))
    }
}
