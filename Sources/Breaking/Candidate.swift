/// The best way found so far to end a line at the current break, for one width class and
/// fitness class; becomes an `ActiveNode` once every active node has been tried.
struct Candidate: Sendable {
    /// Width class of the line after this break.
    var widthClass: Int
    /// Fitness class of the line ending at this break.
    var fitness: FitnessClass
    /// Cost of the lines up to and including the one ending here.
    var cost: BreakCost
    /// Record of the break that starts the line ending here (-1 for the paragraph start).
    var previousRecord: Int
    /// Adjustment ratio of the line ending here.
    var ratio: Double
    /// Whether the line ending here is overfull.
    var isOverfull: Bool
}
