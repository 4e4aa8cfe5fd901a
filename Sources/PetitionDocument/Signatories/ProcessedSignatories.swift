import Diagnostics

/// A signatory list ready to print: privacy applied, duplicates set aside, sorted and grouped,
/// with the counts and reports that account for every input row.
///
/// `printed + removedDuplicates + rejected.count + hiddenCount == inputRows`.
public struct ProcessedSignatories: Sendable {
    /// The entries in print order, as they print.
    public var entries: SignatoryArray
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
    /// The files the list was merged from, with what became of each one's rows; empty for a
    /// list read from one file without `SignatoryList.merging`.
    public var files: [SignatoryFileCounts] = []
    /// SHA-256 of the printed list in its canonical form (see `PrintedListDigest`), 64 hex digits.
    public var digest: String

    /// How many entries print.
    public var printed: Int { entries.count }

    /// Duplicates left out of `entries`.
    public var removedDuplicates: Int { duplicatesPrinted ? 0 : duplicates.count }

    /// One line for the user (and, for several files, one more per file), such as
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
        guard files.count > 1 else { return line }
        for file in files {
            var parts = ["\(DigitGrouping.string(file.printed)) printed"]
            if file.duplicates > 0 { parts.append("\(DigitGrouping.string(file.duplicates)) \(file.duplicates == 1 ? "duplicate" : "duplicates")") }
            if file.rejected > 0 { parts.append("\(DigitGrouping.string(file.rejected)) rejected") }
            line += "\n  \(file.file): \(DigitGrouping.string(file.rows)) \(file.rows == 1 ? "row" : "rows"): " + parts.joined(separator: ", ")
        }
        return line
    }
}

/// A run of entries that share a grouping key, such as a country.
public struct SignatoryGroup: Sendable, Equatable {
    /// The group's name printed as its heading: the key, or `otherName` for an empty key.
    public var name: String
    /// Where the group's entries are in `ProcessedSignatories.entries`.
    public var range: Range<Int>

    /// The name of the last group, of entries whose key is empty.
    public static let otherName = "Other"

    public init(name: String, range: Range<Int>) {
        self.name = name
        self.range = range
    }
}

/// A part of a processed list that prints as its own document.
public struct SignatoryPart: Sendable, Equatable {
    /// What the part holds: a group name such as "France", or "1–500" for entries 1 to 500.
    public var name: String
    /// Where the part's entries are in `ProcessedSignatories.entries`.
    public var range: Range<Int>
    /// The groups inside the part, with ranges into `ProcessedSignatories.entries`.
    public var groups: [SignatoryGroup]

    public init(name: String, range: Range<Int>, groups: [SignatoryGroup]) {
        self.name = name
        self.range = range
        self.groups = groups
    }
}

/// Splits a processed list into parts, each to print as its own document. Parts are ranges of
/// the entries in print order, so nothing is copied.
public enum SignatorySplitter {
    /// One part per group (group the list by the column to split by, `SignatoryOptions.groupBy`);
    /// the whole list as one part when it is not grouped.
    public static func byGroup(_ processed: ProcessedSignatories) -> [SignatoryPart] {
        guard !processed.groups.isEmpty else {
            return [SignatoryPart(name: "", range: processed.entries.indices, groups: [])]
        }
        return processed.groups.map { SignatoryPart(name: $0.name, range: $0.range, groups: [$0]) }
    }

    /// Parts of `size` entries each (the last may be shorter), named "1–500", "501–1000", ...;
    /// a group that crosses a part boundary appears, cut, in both parts.
    public static func every(_ size: Int, _ processed: ProcessedSignatories) -> [SignatoryPart] {
        precondition(size > 0, "a part holds at least one entry")
        return stride(from: 0, to: processed.entries.count, by: size).map { start in
            let range = start..<min(start + size, processed.entries.count)
            let groups = processed.groups.compactMap { group -> SignatoryGroup? in
                let cut = group.range.clamped(to: range)
                return cut.isEmpty ? nil : SignatoryGroup(name: group.name, range: cut)
            }
            return SignatoryPart(name: "\(range.lowerBound + 1)–\(range.upperBound)", range: range, groups: groups)
        }
    }
}

/// Writes a count with its digits grouped in threes ("104,532"), the one place that does so for
/// the summary line and the printed list.
public enum DigitGrouping {
    public static func string(_ value: Int, separator: String = ",") -> String {
        let digits = String(value.magnitude)
        var result = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return result
    }
}
