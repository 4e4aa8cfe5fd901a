/// Packs unbreakable items of given heights into columns, top to bottom, left to right.
/// Pure: heights in, index ranges out. An item marked in `keepsWithNext` (a heading) is never
/// the last of a column while something follows it.
enum ColumnBalancer {
    /// Greedy fill: the items from `start` that go into up to `columns` columns of `height`.
    /// Each column takes at least one item, so one taller than a column still moves on.
    static func fill(_ heights: [Double], from start: Int, columns: Int, height: Double,
                     keepsWithNext: [Bool] = []) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = start
        while result.count < columns, index < heights.count {
            let columnStart = index
            var used = 0.0
            while index < heights.count, index == columnStart || used + heights[index] <= height + 1e-6 {
                used += heights[index]
                index += 1
            }
            index = keepingHeadings(columnStart..<index, count: heights.count, keepsWithNext: keepsWithNext)
            result.append(columnStart..<index)
        }
        return result
    }

    /// Fills `columns` columns no taller than `height`, ending each column once it holds its
    /// share of what is left (so 7 equal entries in 3 columns come out 3, 2, 2, not 3, 3, 1),
    /// but never so early that the rest would no longer fit.
    static func evenFill(_ heights: [Double], from start: Int, columns: Int, height: Double,
                         keepsWithNext: [Bool] = []) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = start
        var remaining = heights[start...].reduce(0, +)
        for column in 0..<columns where index < heights.count {
            let share = remaining / Double(columns - column)
            let columnStart = index
            var used = 0.0
            while index < heights.count, index == columnStart || used + heights[index] <= height + 1e-6 {
                let restFits = fill(heights, from: index, columns: columns - column - 1, height: height,
                                    keepsWithNext: keepsWithNext).last?.upperBound == heights.count
                if index > columnStart, used >= share - 1e-6, restFits,
                   !(keepsWithNext.indices.contains(index - 1) && keepsWithNext[index - 1]) {
                    break
                }
                used += heights[index]
                index += 1
            }
            index = keepingHeadings(columnStart..<index, count: heights.count, keepsWithNext: keepsWithNext)
            remaining -= heights[columnStart..<index].reduce(0, +)
            result.append(columnStart..<index)
        }
        return result
    }

    /// The shortest column height at which items `start...` fit in `columns` columns, so the
    /// last page's columns come out even. Returns nil when they do not fit even at `maximumHeight`.
    static func balancedHeight(_ heights: [Double], from start: Int, columns: Int, maximumHeight: Double,
                               keepsWithNext: [Bool] = []) -> Double? {
        func fits(_ height: Double) -> Bool {
            fill(heights, from: start, columns: columns, height: height, keepsWithNext: keepsWithNext).last?.upperBound == heights.count
        }
        guard start < heights.count else { return 0 }
        guard fits(maximumHeight) else { return nil }
        let total = heights[start...].reduce(0, +)
        var low = max(heights[start...].max() ?? 0, total / Double(columns)) - 1e-6
        var high = maximumHeight
        if fits(low) { return low }
        // The answer is a sum of consecutive heights; bisection to well under a point is exact enough.
        while high - low > 0.01 {
            let middle = (low + high) / 2
            if fits(middle) { high = middle } else { low = middle }
        }
        return high
    }

    /// Ends a column before a trailing heading (unless the heading is all it holds).
    private static func keepingHeadings(_ column: Range<Int>, count: Int, keepsWithNext: [Bool]) -> Int {
        var end = column.upperBound
        while end < count, end - 1 > column.lowerBound, keepsWithNext.indices.contains(end - 1), keepsWithNext[end - 1] {
            end -= 1
        }
        return end
    }
}
