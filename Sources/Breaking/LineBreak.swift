/// Where one line ends and how its glue is set.
public struct LineBreak: Sendable, Equatable {
    /// Index in the items of the break that ends this line: a glue (discarded) or a penalty
    /// (its width is set at the end of the line). The last line ends at `items.count - 1`,
    /// the final forced penalty; for items that do not end with a forced break it is
    /// `items.count` (see `KnuthPlass.breakLines`).
    public var itemIndex: Int
    /// How the line's glue is set, r in Knuth & Plass 1981: glue is `width + r * stretch`
    /// when r > 0 and `width + r * shrink` when r < 0. It is 0 on a line with infinite
    /// stretch (the infinite glue takes up the slack) and on a line with nothing to stretch.
    /// It is never below -1: an overfull line reports -1 (all shrink used) or 0 when it has
    /// nothing to shrink, and its material sticks out past the line width.
    public var adjustmentRatio: Double
    /// Whether the line is wider than its measure even with all glue shrunk. Only
    /// `KnuthPlass.breakLinesAllowingOverfull` produces such lines, and only when nothing
    /// else was possible.
    public var isOverfull: Bool

    /// A break at `itemIndex` with glue set at `adjustmentRatio`.
    public init(itemIndex: Int, adjustmentRatio: Double, isOverfull: Bool = false) {
        self.itemIndex = itemIndex
        self.adjustmentRatio = adjustmentRatio
        self.isOverfull = isOverfull
    }
}
