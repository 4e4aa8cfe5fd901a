import Diagnostics

/// A signatory list ready to print: privacy applied, duplicates set aside, sorted and grouped,
/// with the counts and reports that account for every input row.
///
/// `printed + removedDuplicates + rejected.count + hiddenCount == inputRows`.
public struct ProcessedSignatories: Sendable {
    /// The entries in print order, as they print.
    public var entries: [Signatory]
    /// Consecutive runs of `entries`, in order; empty when not grouped.
    public var groups: [SignatoryGroup]
    /// Data rows read, not counting the header row and blank lines.
    public var inputRows: Int
    /// Rows that repeat an earlier row, in file order.
    public var duplicates: [DuplicateRow]
    /// Printed rows that look like an earlier row (same confusable skeleton, see
    /// `LookAlikeFinder`) without repeating it exactly, in file order, for a person to review.
    public var lookAlikes: [DuplicateRow] = []
    /// Whether the duplicates print too (`SignatoryOptions.keepDuplicates`).
    public var duplicatesPrinted: Bool
    /// Rows that could not be read, in file order.
    public var rejected: [RejectedRow]
    /// Things the user should know about that did not reject a row (from `SignatoryList`).
    public var warnings: [Diagnostic]
    /// Signatories counted but not printed (the hidden preset).
    public var hiddenCount: Int
    /// The name every entry prints under the anonymous preset; nil under the others.
    public var anonymousName: String?
    /// The columns printed after each name, in order (from `SignatoryOptions.detailColumns`).
    public var detailColumns: [SignatoryColumn]
    /// SHA-256 of the printed list in its canonical form (see `PrintedListDigest`), 64 hex digits.
    public var digest: String

    /// How many entries print.
    public var printed: Int { entries.count }

    /// Duplicates left out of `entries`.
    public var removedDuplicates: Int { duplicatesPrinted ? 0 : duplicates.count }

    /// One line for the user, such as
    /// `100,000 rows: 99,812 printed, 150 duplicates, 38 rejected (see rejects.csv)`;
    /// look-alikes add `4 to review (look alike)`; `rejectsFile` is named when some row was
    /// rejected, duplicated or looks like another.
    public func summary(rejectsFile: String? = nil) -> String {
        var parts = ["\(DigitGrouping.string(printed)) printed"]
        if hiddenCount > 0 { parts.append("\(DigitGrouping.string(hiddenCount)) hidden") }
        if !duplicates.isEmpty {
            let noun = duplicates.count == 1 ? "duplicate" : "duplicates"
            parts.append("\(DigitGrouping.string(duplicates.count)) \(noun)" + (duplicatesPrinted ? " (printed)" : ""))
        }
        if !lookAlikes.isEmpty { parts.append("\(DigitGrouping.string(lookAlikes.count)) to review (look alike)") }
        if !rejected.isEmpty { parts.append("\(DigitGrouping.string(rejected.count)) rejected") }
        var line = "\(DigitGrouping.string(inputRows)) \(inputRows == 1 ? "row" : "rows"): " + parts.joined(separator: ", ")
        if let rejectsFile, !(rejected.isEmpty && duplicates.isEmpty && lookAlikes.isEmpty) { line += " (see \(rejectsFile))" }
        return line
    }
}
