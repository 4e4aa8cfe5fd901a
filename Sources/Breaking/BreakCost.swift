/// What a sequence of lines up to some break costs: overfull width first, then demerits.
///
/// Ordinary breaking never allows overfull lines, so only demerits decide there; the
/// emergency pass minimises how far lines stick out before it looks at demerits.
struct BreakCost: Sendable {
    /// Total width by which lines stick out past their measure.
    var overfullWidth: Double
    /// Total demerits (Knuth & Plass 1981).
    var demerits: Double

    /// The cost of the empty sequence at the start of the paragraph.
    static let zero = BreakCost(overfullWidth: 0, demerits: 0)

    /// Whether `self` is strictly better than `other`; overfull widths within rounding of
    /// each other count as equal.
    func isLess(than other: BreakCost) -> Bool {
        if hasSameOverfullWidth(as: other) { return demerits < other.demerits }
        return overfullWidth < other.overfullWidth
    }

    /// Whether the overfull widths are equal up to rounding.
    func hasSameOverfullWidth(as other: BreakCost) -> Bool {
        abs(overfullWidth - other.overfullWidth) <= LineFit.roundingSlack
    }
}
