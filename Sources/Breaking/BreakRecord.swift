/// One chosen break, linked to the break before it: the chain from the best final break
/// back to the paragraph start is the answer.
struct BreakRecord: Sendable {
    /// Index of the break item.
    var itemIndex: Int
    /// Index of the previous break's record, or -1 at the first line.
    var previous: Int
    /// Adjustment ratio of the line ending here.
    var ratio: Double
    /// Whether the line ending here is overfull.
    var isOverfull: Bool
}
