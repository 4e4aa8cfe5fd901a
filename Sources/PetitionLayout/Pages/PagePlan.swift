/// What goes on one page, decided before anything is drawn, so the total page count is known
/// when each page's footer ("page 3 of 12") is set.
struct PagePlan {
    /// A line of a letter block, with its baseline.
    struct PlacedLine {
        var block: Int
        var line: Int
        var baseline: Double
    }

    /// One column of signatory entries: entries `entries` stacked from `top` at `x`.
    struct Column {
        var entries: Range<Int>
        var x: Double
        var top: Double
    }

    var lines: [PlacedLine] = []
    var columns: [Column] = []
    /// The signatory heading's line, if it is on this page (with its baseline).
    var signatoryHeading: [PlacedLine] = []
}
