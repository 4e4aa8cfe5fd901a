extension KnuthPlass {
    /// Index of the first item of the line that follows a break at `breakIndex`: the first
    /// box or forced-break penalty after it (glue and other penalties there are discarded),
    /// or `items.count` when there is none. Pass nil for the first line, which starts at 0.
    public static func lineStart(afterBreakAt breakIndex: Int?, in items: [Item]) -> Int {
        guard let breakIndex else { return 0 }
        var index = breakIndex + 1
        while index < items.count, items[index].isDiscardedAtLineStart {
            index += 1
        }
        return index
    }

    /// The items of each line: line k is `lineStart(afterBreakAt: breaks[k-1])` up to, not
    /// including, `breaks[k].itemIndex`. The break item itself is not in the range: a glue
    /// break is discarded, a penalty break sets its width (a hyphen) at the line's end.
    /// Penalties inside a range set nothing; glue inside it is set by the adjustment ratio.
    public static func lineRanges(of breaks: [LineBreak], in items: [Item]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(breaks.count)
        var previous: Int?
        for lineBreak in breaks {
            let start = lineStart(afterBreakAt: previous, in: items)
            ranges.append(start..<max(start, lineBreak.itemIndex))
            previous = lineBreak.itemIndex
        }
        return ranges
    }
}
