/// Packs unbreakable entries of given heights into columns, top to bottom, left to right.
/// Pure: heights in, entry ranges out.
enum ColumnBalancer {
    /// Greedy fill: the entries from `start` that go into up to `columns` columns of `height`.
    /// Each column takes at least one entry, so an entry taller than a column still moves on.
    static func fill(_ heights: [Double], from start: Int, columns: Int, height: Double) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = start
        while result.count < columns, index < heights.count {
            let columnStart = index
            var used = 0.0
            while index < heights.count, index == columnStart || used + heights[index] <= height + 1e-6 {
                used += heights[index]
                index += 1
            }
            result.append(columnStart..<index)
        }
        return result
    }

    /// Fills `columns` columns no taller than `height`, ending each column once it holds its
    /// share of what is left (so 7 equal entries in 3 columns come out 3, 2, 2, not 3, 3, 1),
    /// but never so early that the rest would no longer fit.
    static func evenFill(_ heights: [Double], from start: Int, columns: Int, height: Double) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = start
        var remaining = heights[start...].reduce(0, +)
        for column in 0..<columns where index < heights.count {
            let share = remaining / Double(columns - column)
            let columnStart = index
            var used = 0.0
            while index < heights.count, index == columnStart || used + heights[index] <= height + 1e-6 {
                if index > columnStart, used >= share - 1e-6,
                   fill(heights, from: index, columns: columns - column - 1, height: height).last?.upperBound == heights.count {
                    break
                }
                used += heights[index]
                index += 1
            }
            remaining -= used
            result.append(columnStart..<index)
        }
        return result
    }

    /// The shortest column height at which entries `start...` fit in `columns` columns, so the
    /// last page's columns come out even (they differ by less than one entry's height). Returns
    /// nil when they do not fit even at `maximumHeight`.
    static func balancedHeight(_ heights: [Double], from start: Int, columns: Int, maximumHeight: Double) -> Double? {
        func fits(_ height: Double) -> Bool {
            fill(heights, from: start, columns: columns, height: height).last?.upperBound == heights.count
        }
        guard start < heights.count else { return 0 }
        guard fits(maximumHeight) else { return nil }
        let total = heights[start...].reduce(0, +)
        var low = max(heights[start...].max() ?? 0, total / Double(columns)) - 1e-6
        var high = maximumHeight
        if fits(low) { return low }
        // The answer is always a sum of consecutive heights; bisection to well under a point is exact enough.
        while high - low > 0.01 {
            let middle = (low + high) / 2
            if fits(middle) { high = middle } else { low = middle }
        }
        return high
    }
}
