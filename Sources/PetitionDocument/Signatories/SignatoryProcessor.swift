import Foundation

/// Turns a signatory list as read into the list that prints.
///
/// In this order: exact duplicates are found on the rows as read, comparing the name and the
/// detail columns (less those the privacy preset withholds), and left out unless kept;
/// each entry's group key is taken; the privacy preset is applied; entries are sorted (by
/// group, then by the chosen order, then as given) on their printed names; groups are cut;
/// the digest is computed over what prints.
public enum SignatoryProcessor {
    /// The printed list made of `list` under `options` (the same options the list was read
    /// with). Pass the list directly from `SignatoryReader.read` so its rows are reordered in
    /// place rather than copied.
    public static func process(_ list: consuming SignatoryList, options: SignatoryOptions) -> ProcessedSignatories {
        var entries = list.signatories
        list.signatories = []
        let (duplicates, lookAlikes) = removeDuplicates(from: &entries, files: list.files, options: options)
        let groupKeys = options.groupBy == nil ? nil : entries.map { groupKey(of: $0, options: options) }

        var hiddenCount = 0
        if options.privacy == .hidden {
            hiddenCount = entries.count
            entries = []
        } else if options.privacy != .full {
            // Into a new array, which holds only the names that print (see `SignatoryArray`).
            var filtered = SignatoryArray()
            filtered.reserveCapacity(entries.count)
            for signatory in entries {
                filtered.append(PrivacyFilter.apply(options.privacy, to: signatory, anonymousName: options.anonymousName) ?? signatory)
            }
            entries = filtered
        }
        var groups: [SignatoryGroup] = []
        if !entries.isEmpty {
            let ordering = SignatoryOrdering(order: options.order, locale: options.locale)
            let permutation = ordering.permutation(of: entries, groupKeys: groupKeys)
            if let permutation {
                entries.permute(by: permutation)
                if let groupKeys {
                    groups = SignatoryOrdering.groups(keys: permutation.map { groupKeys[$0] })
                }
            }
        }
        var processed = ProcessedSignatories(
            entries: entries, groups: groups, inputRows: list.inputRows, duplicates: duplicates, lookAlikes: lookAlikes,
            duplicatesPrinted: options.keepDuplicates, rejected: list.rejected, warnings: list.warnings,
            hiddenCount: hiddenCount, anonymousName: options.privacy == .anonymous ? options.anonymousName : nil,
            detailColumns: options.detailColumns, digest: PrintedListDigest.hex(of: entries, detailColumns: options.detailColumns))
        processed.files = counts(of: list.files, entries: entries, duplicates: duplicates, rejected: list.rejected,
                                 duplicatesPrinted: options.keepDuplicates)
        return processed
    }

    /// Each merged file's rows printed, duplicated and rejected.
    private static func counts(of files: [SignatoryFileCounts], entries: SignatoryArray, duplicates: [DuplicateRow],
                               rejected: [RejectedRow], duplicatesPrinted: Bool) -> [SignatoryFileCounts] {
        guard !files.isEmpty else { return [] }
        var files = files
        let index = Dictionary(files.enumerated().map { ($0.element.file, $0.offset) }, uniquingKeysWith: { first, _ in first })
        for position in entries.indices {
            let file = entries.fileIndex(at: position)
            if file < files.count { files[file].printed += 1 }
        }
        for duplicate in duplicates { if let file = index[duplicate.file] { files[file].duplicates += 1 } }
        for row in rejected { if let file = index[row.file] { files[file].rejected += 1 } }
        return files
    }

    /// Finds the duplicates and, unless they are kept, removes them in place; finds the rows
    /// that only look like an earlier row (they stay). See `RepeatedRows`.
    private static func removeDuplicates(from entries: inout SignatoryArray, files: [SignatoryFileCounts],
                                         options: SignatoryOptions) -> (duplicates: [DuplicateRow], lookAlikes: [DuplicateRow]) {
        let columns = options.detailColumns.filter { !options.privacy.withheldColumns.contains($0) }
        let repeated = RepeatedRows(entries, columns: columns) { signatory in
            signatory.fileIndex < files.count ? files[signatory.fileIndex].file : ""
        }
        if !options.keepDuplicates, !repeated.duplicates.isEmpty {
            var kept = 0
            for index in entries.indices where !repeated.isDuplicate[index] {
                entries.swapAt(kept, index)
                kept += 1
            }
            entries.removeSubrange(kept...)
        }
        return (repeated.duplicates, repeated.lookAlikes)
    }

    /// The value `options.groupBy` names, as read (before privacy). An organisation that signs
    /// in its own name is its own organisation.
    static func groupKey(of signatory: Signatory, options: SignatoryOptions) -> String {
        guard let column = options.groupColumn else { return signatory.groupColumnValue }
        if column == .organisation, signatory.isOrganisation { return signatory.name }
        return signatory[column]
    }
}

/// How a signatory list is read and processed: column mapping, which columns print, privacy,
/// order, grouping and duplicates. See docs/signatories.md.
public struct SignatoryOptions: Sendable {
    /// Columns named on the command line, overriding the automatic mapping by header name.
    public var columns: ColumnOverrides?
    /// The columns printed after the name, in order. Columns that are read only when asked for
    /// (region, postcode, date, comment, email, phone, street) are read when named here.
    public var detailColumns: [SignatoryColumn]
    public var privacy: PrivacyPreset
    /// The name printed for each signatory under the anonymous preset: the letter language's
    /// `signatories.anonymous` term (`locales/`); the renderer always passes it.
    public var anonymousName: String
    public var order: SignatoryOrder
    /// A column to group by: a field name such as `country` or `region` (or a synonym), or any
    /// header of the file. `nil` for no groups.
    public var groupBy: String?
    /// Print exact duplicates every time instead of once (they are still reported).
    public var keepDuplicates: Bool
    /// The collation used to sort names and group keys: an ICU locale identifier ("de",
    /// "sv_SE", "zh-Hant"). A string, not a Foundation `Locale`: making a `Locale` loads
    /// Foundation's own ICU data (about 2 MB of the process's memory), and only the identifier
    /// reaches the collator.
    public var locale: String
    /// How the file's bytes are decoded (a UTF-16 byte order mark wins).
    public var encoding: TextEncoding
    /// Keep the date column even when it does not print, for the figures page's timeline.
    public var readsDates = false

    public init(columns: ColumnOverrides? = nil,
                detailColumns: [SignatoryColumn] = [.title, .organisation, .city, .country],
                privacy: PrivacyPreset = .full, anonymousName: String = "Anonymous", order: SignatoryOrder = .asGiven,
                groupBy: String? = nil, keepDuplicates: Bool = false, locale: String = "en",
                encoding: TextEncoding = .utf8) {
        self.columns = columns
        self.detailColumns = detailColumns
        self.privacy = privacy
        self.anonymousName = anonymousName
        self.order = order
        self.groupBy = groupBy
        self.keepDuplicates = keepDuplicates
        self.locale = locale
        self.encoding = encoding
    }

    /// The field named by `groupBy`, when it names one.
    var groupColumn: SignatoryColumn? {
        groupBy.flatMap(SignatoryColumn.init(header:))
    }

    /// The columns kept only when asked for that must be read: the detail columns and the
    /// grouping column.
    var askedSlots: [ExtraSlot] {
        var slots = detailColumns.compactMap(ExtraSlot.init)
        if let group = groupColumn.flatMap(ExtraSlot.init) { slots.append(group) }
        if readsDates, !slots.contains(.date) { slots.append(.date) }
        return slots
    }
}
