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
        let (duplicates, lookAlikes) = removeDuplicates(from: &entries, options: options)
        let groupKeys = options.groupBy == nil ? nil : entries.map { groupKey(of: $0, options: options) }

        var hiddenCount = 0
        if options.privacy == .hidden {
            hiddenCount = entries.count
            entries = []
        } else if options.privacy != .full {
            for index in entries.indices {
                entries[index] = PrivacyFilter.apply(options.privacy, to: entries[index], anonymousName: options.anonymousName) ?? entries[index]
            }
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
        return ProcessedSignatories(
            entries: entries, groups: groups, inputRows: list.inputRows, duplicates: duplicates, lookAlikes: lookAlikes,
            duplicatesPrinted: options.keepDuplicates, rejected: list.rejected, warnings: list.warnings,
            hiddenCount: hiddenCount, anonymousName: options.privacy == .anonymous ? options.anonymousName : nil,
            detailColumns: options.detailColumns, digest: PrintedListDigest.hex(of: entries, detailColumns: options.detailColumns))
    }

    /// Finds the duplicates and, unless they are kept, removes them in place; finds the rows
    /// that only look like an earlier row (they stay). One pass each, so that only one finder's
    /// table is alive at a time; duplicates are never compared for looks.
    private static func removeDuplicates(from entries: inout [Signatory],
                                         options: SignatoryOptions) -> (duplicates: [DuplicateRow], lookAlikes: [DuplicateRow]) {
        let columns = options.detailColumns.filter { !options.privacy.withheldColumns.contains($0) }
        var duplicates: [DuplicateRow] = []
        var isDuplicate = [Bool](repeating: false, count: options.keepDuplicates ? entries.count : 0)
        do {
            var finder = DuplicateFinder(columns: columns, expectedCount: entries.count, form: LowercaseForm())
            var kept = 0
            for index in entries.indices {
                let entry = entries[index]
                if let first = finder.earlierRow(matching: entry, position: kept, in: entries) {
                    duplicates.append(DuplicateRow(line: entry.line, firstLine: entries[first].line, name: entry.name))
                    guard options.keepDuplicates else { continue }
                    isDuplicate[kept] = true
                }
                entries[kept] = entry
                kept += 1
            }
            entries.removeSubrange(kept...)
        }
        var lookAlikeFinder = LookAlikeFinder(columns: columns, expectedCount: entries.count, form: SkeletonBuilder())
        var lookAlikes: [DuplicateRow] = []
        for index in entries.indices where isDuplicate.isEmpty || !isDuplicate[index] {
            if let first = lookAlikeFinder.earlierRow(matching: entries[index], position: index, in: entries) {
                lookAlikes.append(DuplicateRow(line: entries[index].line, firstLine: entries[first].line, name: entries[index].name))
            }
        }
        return (duplicates, lookAlikes)
    }

    /// The value `options.groupBy` names, as read (before privacy). An organisation that signs
    /// in its own name is its own organisation.
    static func groupKey(of signatory: Signatory, options: SignatoryOptions) -> String {
        guard let column = options.groupColumn else { return signatory.groupColumnValue }
        if column == .organisation, signatory.isOrganisation { return signatory.name }
        return signatory[column]
    }
}
