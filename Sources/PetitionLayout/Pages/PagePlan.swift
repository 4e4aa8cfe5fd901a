/// What goes on one page, decided before anything is drawn, so the total page count is known
/// when each page's footer ("page 3 of 12") is set.
struct PagePlan {
    /// A line of a letter block, with its baseline.
    struct PlacedLine {
        var block: Int
        var line: Int
        var baseline: Double
    }

    /// One column of the signatory flow: items `flow` stacked from `top` at `x`, under a
    /// "(continued)" heading for `continuedGroup` when the page continues a group.
    struct Column {
        var flow: Range<Int>
        var continuedGroup: Int?
        var x: Double
        var top: Double
    }

    var lines: [PlacedLine] = []
    var columns: [Column] = []
}

/// The text area of a page, in points from the page's top-left corner.
public struct PageFrame: Sendable, Equatable {
    public var pageWidth: Double
    public var pageHeight: Double
    public var left: Double
    public var top: Double
    public var width: Double
    public var height: Double

    public init(pageWidth: Double, pageHeight: Double, marginTop: Double, marginBottom: Double,
                marginLeft: Double, marginRight: Double) {
        self.pageWidth = pageWidth
        self.pageHeight = pageHeight
        self.left = marginLeft
        self.top = marginTop
        self.width = pageWidth - marginLeft - marginRight
        self.height = pageHeight - marginTop - marginBottom
    }

    public var bottom: Double { top + height }
}
