/// Finds rows that are not exact duplicates but look the same when printed: their name and
/// detail columns have the same confusable skeleton (`ConfusableSkeleton`), like `Маria Silva`
/// with a Cyrillic М and а, and `Maria Silva`. They are reported for a person to review and
/// printed, never merged: two real people may well have names that look alike.
///
/// Keeps a hash of each distinct skeleton with the position of its first row; a hash match is
/// confirmed by rebuilding the earlier row's skeleton, so only real look-alikes are reported.
struct LookAlikeFinder {
    private let columns: [SignatoryColumn]
    private var firstByHash: [Int: Int32] = [:]
    /// Skeletons of detail values seen (cities, countries, organisations repeat, and a
    /// non-ASCII skeleton costs a few microseconds); capped like `StringInterner`.
    private var detailSkeletons: [String: String] = [:]

    init(columns: [SignatoryColumn], expectedCount: Int) {
        self.columns = columns
        firstByHash.reserveCapacity(expectedCount)
    }

    /// The index in `entries` of an earlier entry that `signatory` looks like, or `nil`; when it
    /// is the first of its look, it is remembered as living at `position`.
    mutating func earlierLookAlike(of signatory: Signatory, position: Int, in entries: [Signatory]) -> Int? {
        let skeleton = key(of: signatory)
        guard let first = firstByHash[skeleton.hashValue] else {
            firstByHash[skeleton.hashValue] = Int32(position)
            return nil
        }
        return key(of: entries[Int(first)]) == skeleton ? Int(first) : nil
    }

    /// The skeletons of the name and the detail columns, each followed by U+001F.
    private mutating func key(of signatory: Signatory) -> String {
        var key = ConfusableSkeleton.skeleton(signatory.name) + "\u{1F}"
        for column in columns { key += detailSkeleton(signatory[column]) + "\u{1F}" }
        return key
    }

    private mutating func detailSkeleton(_ value: String) -> String {
        if let known = detailSkeletons[value] { return known }
        let skeleton = ConfusableSkeleton.skeleton(value)
        if detailSkeletons.count < StringInterner.capacity { detailSkeletons[value] = skeleton }
        return skeleton
    }
}
