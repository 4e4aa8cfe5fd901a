/// Finds rows that are not exact duplicates but look the same when printed: their name and
/// detail columns have the same confusable skeleton (`ConfusableSkeleton`), like `Маria Silva`
/// with a Cyrillic М and а, and `Maria Silva`. They are reported for a person to review and
/// printed, never merged: two real people may well have names that look alike.
///
/// A hash match is confirmed by rebuilding the earlier row's skeleton (see `EarlierRowFinder`),
/// so only real look-alikes are reported.
typealias LookAlikeFinder = EarlierRowFinder<SkeletonBuilder>
