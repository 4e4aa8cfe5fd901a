/// Total-fit line breaking (Knuth & Plass 1981, "Breaking Paragraphs into Lines"): chooses
/// the breaks of a whole paragraph at once so that the sum of the lines' demerits is least.
///
/// Breaks are legal at a penalty below `Penalty.forbidden` and at glue immediately preceded
/// by a box, except where only glue and penalties separate them from a forced break (the line
/// after them could only be empty; so the finishing glue is never a break, as in TeX).
/// Breaking at glue discards it; breaking at a penalty sets its width at the end of the line.
/// After a break, glue and penalties up to the next box (or forced break) are discarded, as
/// TeX does; at the paragraph start nothing is discarded. `lineRanges(of:in:)` gives the
/// items of each line.
///
/// A paragraph should end with `Item.paragraphEnd` (finishing glue and a forced break). If
/// the items do not end with a forced break, the breaker acts as if they were followed by
/// finishing glue and a forced break: the last line gets infinite stretch, holds every item
/// from its start to the end (trailing glue included), and its `LineBreak.itemIndex` is
/// `items.count`, one past the last item.
///
/// An empty item list has no lines: both functions return `[]`. A line that holds no items
/// at all counts as perfect (ratio 0, badness 0); that happens only right after a forced
/// break, when the next non-discarded item is another forced break (a blank line from two
/// newlines, or a newline just before the paragraph end).
public enum KnuthPlass {
    /// Total-fit breaking. Returns nil when no set of breaks keeps every line within
    /// `tolerance` (and no line overfull).
    public static func breakLines(
        _ items: [Item], widths: LineWidths, parameters: BreakParameters = .init()
    ) -> [LineBreak]? {
        if items.isEmpty { return [] }
        return BreakSearch(metrics: ParagraphMetrics(items), widths: widths, parameters: parameters,
                           mode: .withinTolerance).run()
    }

    /// Always succeeds: tries `breakLines`; if nil, retries with an emergency pass that allows
    /// overfull lines (boxes wider than the line, or nothing shrinks enough) and marks them
    /// isOverfull, choosing breaks that minimise overfull width first, then demerits. Never
    /// returns an empty array for non-empty input.
    ///
    /// The emergency pass accepts lines of any badness, and a line may be overfull only where
    /// it ends at the first break at which a line from its start can no longer fit (as in
    /// TeX's final pass), so an overfull line holds as little as possible and the lines around
    /// it are broken normally.
    public static func breakLinesAllowingOverfull(
        _ items: [Item], widths: LineWidths, parameters: BreakParameters = .init()
    ) -> [LineBreak] {
        if items.isEmpty { return [] }
        let metrics = ParagraphMetrics(items)
        if let breaks = BreakSearch(metrics: metrics, widths: widths, parameters: parameters,
                                    mode: .withinTolerance).run() {
            return breaks
        }
        guard let breaks = BreakSearch(metrics: metrics, widths: widths, parameters: parameters,
                                       mode: .allowingOverfull).run() else {
            preconditionFailure("the emergency pass accepts every line, so it always finds breaks")
        }
        return breaks
    }
}
