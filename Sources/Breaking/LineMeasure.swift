/// The natural width, stretch and shrink of the material of one candidate line.
struct LineMeasure: Sendable {
    /// Natural width, including the break's own width (a hyphen).
    var naturalWidth: Double
    /// The part of `naturalWidth` set only because the line ends at this break.
    var breakWidth: Double
    /// Total finite stretch.
    var stretch: Double
    /// Whether some glue on the line stretches infinitely.
    var hasInfiniteStretch: Bool
    /// Total shrink.
    var shrink: Double
    /// Whether the line holds no items at all (e.g. between two forced breaks).
    var isEmpty: Bool

    /// Whether the line is too wide for `width` even without the break's width, so every
    /// later break ending a line from the same start is too wide as well.
    func cannotFitAnyLaterBreak(in width: Double) -> Bool {
        naturalWidth - breakWidth - shrink > width + LineFit.roundingSlack
    }
}
