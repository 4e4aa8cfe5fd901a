/// Prefix sums over a paragraph's items, so any candidate line is measured in constant time
/// and without allocating.
struct ParagraphMetrics: Sendable {
    /// The paragraph.
    let items: [Item]
    /// Index of the break that ends the paragraph: the final forced penalty, or
    /// `items.count` (a virtual forced break) when the items do not end with one.
    let finalBreak: Int

    // Entry i of each sum covers items[0..<i]; penalties add nothing (their width counts
    // only at a break).
    private let widthSum: [Double]
    private let stretchSum: [Double]
    private let infiniteStretchSum: [Double]
    private let shrinkSum: [Double]
    /// Entry i tells whether only discardable items lie between item i and a forced break
    /// (or the virtual final break).
    private let precedesForcedBreak: [Bool]

    init(_ items: [Item]) {
        self.items = items
        finalBreak = items.last?.isForcedBreak == true ? items.count - 1 : items.count
        var widths = [0.0], stretches = [0.0], infiniteStretches = [0.0], shrinks = [0.0]
        widths.reserveCapacity(items.count + 1)
        stretches.reserveCapacity(items.count + 1)
        infiniteStretches.reserveCapacity(items.count + 1)
        shrinks.reserveCapacity(items.count + 1)
        var width = 0.0, stretch = 0.0, infiniteStretch = 0.0, shrink = 0.0
        for item in items {
            switch item {
            case .box(let boxWidth):
                width += boxWidth
            case .glue(let glueWidth, let glueStretch, let glueShrink):
                width += glueWidth
                if glueStretch >= Item.infiniteStretch {
                    infiniteStretch += glueStretch
                } else {
                    stretch += glueStretch
                }
                shrink += glueShrink
            case .penalty:
                break
            }
            widths.append(width)
            stretches.append(stretch)
            infiniteStretches.append(infiniteStretch)
            shrinks.append(shrink)
        }
        widthSum = widths
        stretchSum = stretches
        infiniteStretchSum = infiniteStretches
        shrinkSum = shrinks
        precedesForcedBreak = Self.itemsPrecedingForcedBreaks(items, endsWithForcedBreak: finalBreak < items.count)
    }

    /// For each item, whether the next item that is not discarded at a line start is a forced
    /// break (or the end of items that lack a final forced break).
    private static func itemsPrecedingForcedBreaks(_ items: [Item], endsWithForcedBreak: Bool) -> [Bool] {
        var result = [Bool](repeating: false, count: items.count)
        var nextIsForced = !endsWithForcedBreak
        for index in items.indices.reversed() {
            result[index] = nextIsForced
            let item = items[index]
            if item.isForcedBreak {
                nextIsForced = true
            } else if !item.isDiscardedAtLineStart {
                nextIsForced = false
            }
        }
        return result
    }

    /// The break at `index`, or nil when a line cannot end there: boxes, glue not right after
    /// a box, and penalties of `Penalty.forbidden` or more. `finalBreak` is always a break.
    ///
    /// A glue or optional penalty followed by nothing but discardable items up to a forced
    /// break is no break either: the line after it could only be empty. This is what TeX's
    /// `\penalty10000` before `\parfillskip` achieves, so callers need not add one.
    func breakpoint(at index: Int) -> Breakpoint? {
        if index == items.count { return .implicitEnd }
        if precedesForcedBreak[index], !items[index].isForcedBreak { return nil }
        switch items[index] {
        case .box:
            return nil
        case .glue:
            guard index > 0, case .box = items[index - 1] else { return nil }
            return .glue
        case .penalty(let width, let cost, let flagged):
            return cost < Penalty.forbidden ? Breakpoint(width: width, cost: cost, flagged: flagged) : nil
        }
    }

    /// The line from item `start` up to the break at `end`, which must not come before
    /// `start`. The virtual final break brings infinite stretch, like TeX's `\parfillskip`.
    func measure(from start: Int, to end: Int, endingAt breakpoint: Breakpoint) -> LineMeasure {
        LineMeasure(
            naturalWidth: widthSum[end] - widthSum[start] + breakpoint.width,
            breakWidth: breakpoint.width,
            stretch: stretchSum[end] - stretchSum[start],
            hasInfiniteStretch: end == items.count || infiniteStretchSum[end] > infiniteStretchSum[start],
            shrink: shrinkSum[end] - shrinkSum[start],
            isEmpty: start == end
        )
    }
}
