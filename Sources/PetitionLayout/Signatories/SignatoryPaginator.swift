import Typography

/// Lays the signatory entries out in columns over as many pages as needed: full pages are
/// filled greedily, and only the entries left for the last page are balanced across its columns.
struct SignatoryPaginator {
    let frame: PageFrame
    let columns: Int
    let gutter: Double
    /// Right to left: the first column is the rightmost.
    var direction: TextDirection = .leftToRight

    var columnWidth: Double { (frame.width - gutter * Double(columns - 1)) / Double(columns) }

    /// Column placements per page. The first page's columns start at `firstTop` (below the
    /// heading, perhaps below the end of the letter); later pages start at the frame's top.
    func paginate(heights: [Double], firstTop: Double) -> [[PagePlan.Column]] {
        var pages: [[PagePlan.Column]] = []
        var start = 0
        var top = firstTop
        var suffix = [Double](repeating: 0, count: heights.count + 1)
        for index in stride(from: heights.count - 1, through: 0, by: -1) { suffix[index] = suffix[index + 1] + heights[index] }
        while start < heights.count {
            let available = frame.bottom - top
            var ranges = ColumnBalancer.fill(heights, from: start, columns: columns, height: available)
            // Only when the rest could fit on this page is it worth trying to balance.
            if suffix[start] <= available * Double(columns),
               let balanced = ColumnBalancer.balancedHeight(heights, from: start, columns: columns, maximumHeight: available) {
                ranges = ColumnBalancer.evenFill(heights, from: start, columns: columns, height: balanced)
            }
            pages.append(ranges.enumerated().map { column, range in
                PagePlan.Column(entries: range, x: columnX(column), top: top)
            })
            start = ranges.last?.upperBound ?? heights.count
            top = frame.top
        }
        return pages
    }

    /// The left edge of column `index` (counted from the start side).
    func columnX(_ index: Int) -> Double {
        let fromStart = Double(index) * (columnWidth + gutter)
        return direction == .rightToLeft ? frame.left + frame.width - columnWidth - fromStart : frame.left + fromStart
    }
}
