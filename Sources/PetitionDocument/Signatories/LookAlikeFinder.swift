/// Finds rows that are not exact duplicates but look the same when printed: their name and
/// detail columns have the same confusable skeleton (`ConfusableSkeleton`), like `Маria Silva`
/// with a Cyrillic М and а, and `Maria Silva`. They are reported for a person to review and
/// printed, never merged: two real people may well have names that look alike.
///
/// Keeps the position of the first row of each skeleton in a `FirstPositionTable`; a hash match
/// is confirmed by rebuilding the earlier row's skeleton, so only real look-alikes are reported.
struct LookAlikeFinder {
    private var table: FirstPositionTable
    private var keys: RowKeys<SkeletonBuilder>
    private var key: [UInt8] = []
    private var earlierKey: [UInt8] = []

    init(columns: [SignatoryColumn], expectedCount: Int) {
        table = FirstPositionTable(capacity: expectedCount)
        keys = RowKeys(columns: columns, form: SkeletonBuilder())
    }

    /// The index in `entries` of an earlier entry that `signatory` looks like, or `nil`; when it
    /// is the first of its look, it is remembered as living at `position`.
    mutating func earlierLookAlike(of signatory: Signatory, position: Int, in entries: [Signatory]) -> Int? {
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
