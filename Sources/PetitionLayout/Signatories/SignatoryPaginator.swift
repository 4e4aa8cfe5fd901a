import Typography

/// Lays the signatory flow out in columns over as many pages as needed: full pages are filled
/// greedily, only what is left for the last page is balanced across its columns, a group heading
/// never ends a column, and a page that continues a group starts with "(continued)".
struct SignatoryPaginator {
    let frame: PageFrame
    let columns: Int
    let gutter: Double
    /// Right to left: the first column is the rightmost.
    var direction: TextDirection = .leftToRight

    var columnWidth: Double { (frame.width - gutter * Double(columns - 1)) / Double(columns) }

    /// Column placements per page. The first page's columns start at `firstTop` (below the
    /// heading, perhaps below the end of the letter); later pages start at the frame's top.
    /// `continuedHeight` is the height of a "(continued)" heading.
    func paginate(_ flow: SignatoryFlow, heights: ItemHeights, continuedHeight: Double, firstTop: Double) -> [[PagePlan.Column]] {
        var pages: [[PagePlan.Column]] = []
        var start = 0
        var top = firstTop
        while start < heights.count {
            let available = frame.bottom - top
            var continued: Int?
            if case .entry(let entry) = flow.item(at: start), let group = flow.group(ofEntry: entry) { continued = group }
            // The page's own list: an optional continued heading, then as many items as could fit.
            let prefix = continued == nil ? [] : [continuedHeight]
            // Enough items to overfill every column, plus one per column for items taller than a column.
            var end = start
            var room = available * Double(columns)
            while end < heights.count, room > 0 || end - start < columns { room -= heights[end]; end += 1 }
            end = min(heights.count, end + columns)
            let local = prefix + heights[start..<end]
            let keeps = prefix.map { _ in true } + (start..<end).map(flow.keepsWithNext)
            var ranges = ColumnBalancer.fill(local, from: 0, columns: columns, height: available, keepsWithNext: keeps)
            let isLast = end == heights.count && (ranges.last?.upperBound ?? 0) == local.count
            if isLast, heights.sum(from: start) + (prefix.first ?? 0) <= available * Double(columns),
               let balanced = ColumnBalancer.balancedHeight(local, from: 0, columns: columns, maximumHeight: available,
                                                            keepsWithNext: keeps) {
                ranges = ColumnBalancer.evenFill(local, from: 0, columns: columns, height: balanced, keepsWithNext: keeps)
            }
            let shift = start - prefix.count
            pages.append(ranges.enumerated().map { column, range in
                let hasContinued = column == 0 && continued != nil
                let lower = hasContinued ? range.lowerBound + 1 : range.lowerBound
                return PagePlan.Column(flow: (lower + shift)..<(range.upperBound + shift),
                                       continuedGroup: hasContinued ? continued : nil,
                                       x: columnX(column), top: top)
            })
            start = (ranges.last?.upperBound ?? local.count) + shift
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
