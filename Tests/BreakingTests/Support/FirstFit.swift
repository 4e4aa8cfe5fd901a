import Breaking

/// The greedy "first-fit" breaker that Knuth & Plass 1981 compare against: each line takes
/// the furthest legal break at which it still fits, shrinking if need be.
enum FirstFit {
    /// Greedy breaks at a constant `width`; a line that cannot fit anywhere ends at its first
    /// legal break.
    static func breakLines(_ items: [Item], width: Double) -> [LineBreak] {
        var breaks: [LineBreak] = []
        var previous: Int?
        while previous != items.count - 1 {
            let start = KnuthPlass.lineStart(afterBreakAt: previous, in: items)
            var chosen: LineBreak?
            for index in start..<items.count where isLegalBreak(index, in: items) {
                let ratio = adjustmentRatio(items, from: start, to: index, width: width)
                if ratio < -1, chosen != nil { break }
                chosen = LineBreak(itemIndex: index, adjustmentRatio: ratio)
                if items[index].isForcedBreak || ratio < -1 { break }
            }
            guard let lineBreak = chosen else { break }
            breaks.append(lineBreak)
            previous = lineBreak.itemIndex
        }
        return breaks
    }

    private static func isLegalBreak(_ index: Int, in items: [Item]) -> Bool {
        switch items[index] {
        case .box: return false
        case .glue:
            if index > 0, case .box = items[index - 1] { return true }
            return false
        case .penalty(_, let cost, _): return cost < Penalty.forbidden
        }
    }

    /// r for the line `items[start..<end]` ending at the break `end`; 0 with infinite stretch.
    private static func adjustmentRatio(_ items: [Item], from start: Int, to end: Int, width: Double) -> Double {
        var natural = 0.0, stretch = 0.0, shrink = 0.0
        for item in items[start..<end] {
            switch item {
            case .box(let boxWidth): natural += boxWidth
            case .glue(let glueWidth, let glueStretch, let glueShrink):
                natural += glueWidth
                stretch += glueStretch
                shrink += glueShrink
            case .penalty: break
            }
        }
        if case .penalty(let penaltyWidth, _, _) = items[end] { natural += penaltyWidth }
        if natural == width { return 0 }
        if natural < width { return stretch >= Item.infiniteStretch ? 0 : (width - natural) / stretch }
        return (width - natural) / shrink
    }
}
