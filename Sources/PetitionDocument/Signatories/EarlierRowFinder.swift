/// Finds, row after row, the first earlier row whose name and detail columns have the same
/// `Form` (lowercased for duplicates, confusable skeletons for look-alikes).
///
/// Keeps the position of the first row of each key in a `FirstPositionTable` (about 11 MB for a
/// million rows); a hash match is confirmed by building the earlier row's key again
/// and comparing, so a collision never pairs two different rows.
struct EarlierRowFinder<Form: ComparedForm> {
    private var table: FirstPositionTable
    private var keys: RowKeys<Form>
    private var key: [UInt8] = []
    private var earlierKey: [UInt8] = []

    init(columns: [SignatoryColumn], expectedCount: Int, form: Form) {
        table = FirstPositionTable(capacity: expectedCount)
        keys = RowKeys(columns: columns, form: form)
    }

    /// The index in `entries` of the earlier entry that `signatory` matches, or `nil` when it is
    /// the first of its key; then it is remembered as living at `position`.
    mutating func earlierRow(matching signatory: Signatory, position: Int, in entries: [Signatory]) -> Int? {
        keys.build(&key, of: signatory)
        var probe = table.probe(for: key.bytesHash)
        while let candidate = table.nextCandidate(&probe) {
            keys.build(&earlierKey, of: entries[candidate])
            if earlierKey == key { return candidate }
        }
        table.insert(position, at: probe)
        return nil
    }
}
