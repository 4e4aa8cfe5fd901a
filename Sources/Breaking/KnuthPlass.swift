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
///
/// The search is linear in the paragraph's length: a line is only tried from the breaks it can
/// still start from, and a start is given up once its line is too wide for any later break (as
/// Typst bounds its candidates by the widest possible line) or has passed over
/// `BreakParameters.maximumBreaksPerLine` legal breaks (which only material of no width reaches).
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

/// Where one line ends and how its glue is set.
public struct LineBreak: Sendable, Equatable {
    /// Index in the items of the break that ends this line: a glue (discarded) or a penalty
    /// (its width is set at the end of the line). The last line ends at `items.count - 1`,
    /// the final forced penalty; for items that do not end with a forced break it is
    /// `items.count` (see `KnuthPlass.breakLines`).
    public var itemIndex: Int
    /// How the line's glue is set, r in Knuth & Plass 1981: glue is `width + r * stretch`
    /// when r > 0 and `width + r * shrink` when r < 0. It is 0 on a line with infinite
    /// stretch (the infinite glue takes up the slack) and on a line with nothing to stretch.
    /// It is never below -1: an overfull line reports -1 (all shrink used) or 0 when it has
    /// nothing to shrink, and its material sticks out past the line width.
    public var adjustmentRatio: Double
    /// Whether the line is wider than its measure even with all glue shrunk. Only
    /// `KnuthPlass.breakLinesAllowingOverfull` produces such lines, and only when nothing
    /// else was possible.
    public var isOverfull: Bool

    /// A break at `itemIndex` with glue set at `adjustmentRatio`.
    public init(itemIndex: Int, adjustmentRatio: Double, isOverfull: Bool = false) {
        self.itemIndex = itemIndex
        self.adjustmentRatio = adjustmentRatio
        self.isOverfull = isOverfull
    }
}

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

// MARK: - The search

/// A feasible break: a place where a line may end with every line before it acceptable, and
/// the cheapest way found to get there. TeX keeps such a break twice, as an active node while
/// lines may still start from it and as a passive node that remembers the chosen break before
/// it (tex.web §819–821); here one record serves both. The breaks the search keeps form a tree
/// through `previous`, and the chain from the best break at the paragraph's end back to its
/// start is the answer. Indices are 32-bit to keep the record small (a 200,000-word paragraph
/// keeps some 600,000 of them); no paragraph that fits in memory has 2³¹ items.
struct FeasibleBreak: Sendable {
    /// Index of the break item; -1 for the paragraph start.
    var itemIndex: Int32
    /// Index, in the search's list of kept breaks, of the break that starts the line ending
    /// here; -1 for the paragraph start.
    var previous: Int32
    /// Index of the first item on the line after this break (glue and penalties after the
    /// break are discarded; items at the paragraph start are not).
    var lineStart: Int32
    /// How many legal breaks come up to and including this one, to bound how many a line
    /// from here may pass over.
    var ordinal: Int32
    /// The index of the next line as far as its width is concerned (see
    /// `LineWidths.widthClass(ofLine:)`).
    var widthClass: Int32
    /// Fitness class of the line ending here.
    var fitness: FitnessClass
    /// Whether this break is flagged (a hyphen).
    var flagged: Bool
    /// Cost of the lines up to and including the one ending here.
    var cost: BreakCost
    /// Adjustment ratio of the line ending here.
    var ratio: Double
    /// Whether the line ending here is overfull.
    var isOverfull: Bool

    /// The start of the paragraph: as if after a decent line ending at a plain break (TeX
    /// starts with `decent_fit`, tex.web §864).
    static let paragraphStart = FeasibleBreak(
        itemIndex: -1, previous: -1, lineStart: 0, ordinal: 0, widthClass: 0, fitness: .decent,
        flagged: false, cost: .zero, ratio: 0, isOverfull: false
    )
}

/// One pass of total-fit line breaking over a paragraph (Knuth & Plass 1981; tex.web §813–890).
///
/// Walks the legal breaks in order, keeping the feasible breaks lines may still start from
/// (the active list). At each break every active one is tried as the start of a line ending
/// there; the best result for each (width class, fitness class) becomes a new feasible break
/// (tex.web §829–836). A start is dropped once its line is too wide for any later break or has
/// passed over `BreakParameters.maximumBreaksPerLine` breaks, and all are dropped at a forced
/// break, so the active list stays as short as a line is long and the work is linear in the
/// number of items.
struct BreakSearch {
    /// Which lines a pass accepts.
    enum Mode {
        /// Only lines that fit with badness within `tolerance`.
        case withinTolerance
        /// Any line, however loose. A line from a given start may be overfull only at the
        /// first break where it cannot fit (after which that start is dropped, as in TeX's
        /// final pass) or where only the break's own width (a hyphen) makes it too wide.
        case allowingOverfull
    }

    let metrics: ParagraphMetrics
    let widths: LineWidths
    let parameters: BreakParameters
    let mode: Mode

    /// The best breaks, or nil when the mode's lines cannot cover the paragraph.
    func run() -> [LineBreak]? {
        var kept = [FeasibleBreak.paragraphStart]
        var active = [0]
        var candidates: [FeasibleBreak] = []
        var ordinal = 0
        for index in 0...metrics.finalBreak {
            guard let breakpoint = metrics.breakpoint(at: index) else { continue }
            ordinal += 1
            candidates.removeAll(keepingCapacity: true)
            tryBreak(at: index, breakpoint, ordinal: ordinal, active: &active, kept: kept, candidates: &candidates)
            if !candidates.isEmpty {
                activate(candidates, at: index, active: &active, kept: &kept)
            }
            if active.isEmpty { return nil }
        }
        return bestBreaks(endingWith: active, kept: kept)
    }

    /// Tries every active break as the start of a line ending at `index`, collecting the best
    /// line per class in `candidates` and dropping starts that no later line can use.
    private func tryBreak(
        at index: Int, _ breakpoint: Breakpoint, ordinal: Int, active: inout [Int], kept: [FeasibleBreak],
        candidates: inout [FeasibleBreak]
    ) {
        let endsParagraph = index == metrics.finalBreak
        let maximumBreaks = max(1, parameters.maximumBreaksPerLine)
        var stillActive = 0
        for position in 0..<active.count {
            let node = kept[active[position]]
            var keep = !breakpoint.isForced && ordinal - Int(node.ordinal) < maximumBreaks
            let lineStart = Int(node.lineStart)
            if index >= lineStart {
                let lineWidth = widths.width(ofLine: Int(node.widthClass))
                let measure = metrics.measure(from: lineStart, to: index, endingAt: breakpoint)
                if measure.cannotFitAnyLaterBreak(in: lineWidth) { keep = false }
                let fit = LineFit(measure, width: lineWidth)
                if accepts(fit) {
                    let demerits = Demerits.ofLine(
                        badness: fit.badness, fitness: fit.fitness, endingAt: breakpoint,
                        endsParagraph: endsParagraph, previousFitness: node.fitness,
                        previousFlagged: node.flagged, parameters: parameters
                    )
                    let candidate = FeasibleBreak(
                        itemIndex: Int32(index), previous: Int32(active[position]),
                        lineStart: Int32(index) /* set when kept */, ordinal: Int32(ordinal),
                        widthClass: Int32(widths.widthClass(ofLine: Int(node.widthClass) + 1)), fitness: fit.fitness,
                        flagged: breakpoint.flagged,
                        cost: BreakCost(overfullWidth: node.cost.overfullWidth + fit.overfullWidth,
                                        demerits: node.cost.demerits + demerits),
                        ratio: fit.ratio, isOverfull: fit.isOverfull
                    )
                    record(candidate, in: &candidates)
                }
            }
            if keep {
                active[stillActive] = active[position]
                stillActive += 1
            }
        }
        active.removeLast(active.count - stillActive)
    }

    /// Whether this pass may set a line that fits like `fit`.
    private func accepts(_ fit: LineFit) -> Bool {
        switch mode {
        case .withinTolerance: return !fit.isOverfull && fit.badness <= parameters.tolerance
        case .allowingOverfull: return true
        }
    }

    /// Keeps `candidate` if it is the first or the best of its classes.
    private func record(_ candidate: FeasibleBreak, in candidates: inout [FeasibleBreak]) {
        for i in candidates.indices
        where candidates[i].widthClass == candidate.widthClass && candidates[i].fitness == candidate.fitness {
            if candidate.cost.isLess(than: candidates[i].cost) { candidates[i] = candidate }
            return
        }
        candidates.append(candidate)
    }

    /// Keeps the candidates at `index` and makes them active. A candidate more than
    /// `fitnessDemerits` worse than the best of its width class (or with more overfull width)
    /// can never win, since only the next line's fitness penalty can tell them apart
    /// (tex.web §836), so it is left out.
    private func activate(_ candidates: [FeasibleBreak], at index: Int, active: inout [Int], kept: inout [FeasibleBreak]) {
        let lineStart = Int32(KnuthPlass.lineStart(afterBreakAt: index, in: metrics.items))
        let margin = abs(parameters.fitnessDemerits)
        for candidate in candidates {
            let best = bestCost(inWidthClass: candidate.widthClass, of: candidates)
            let isBest = !best.isLess(than: candidate.cost)
            guard isBest || (candidate.cost.hasSameOverfullWidth(as: best)
                             && candidate.cost.demerits <= best.demerits + margin) else { continue }
            var feasible = candidate
            feasible.lineStart = lineStart
            kept.append(feasible)
            active.append(kept.count - 1)
        }
    }

    /// The lowest cost among `candidates` of `widthClass`.
    private func bestCost(inWidthClass widthClass: Int32, of candidates: [FeasibleBreak]) -> BreakCost {
        var best: BreakCost?
        for candidate in candidates where candidate.widthClass == widthClass {
            if let current = best, !candidate.cost.isLess(than: current) { continue }
            best = candidate.cost
        }
        return best ?? .zero
    }

    /// Follows the chain back from the cheapest active break at the final break.
    private func bestBreaks(endingWith finalBreaks: [Int], kept: [FeasibleBreak]) -> [LineBreak]? {
        var best: Int?
        for index in finalBreaks {
            if let current = best, !kept[index].cost.isLess(than: kept[current].cost) { continue }
            best = index
        }
        guard var index = best else { return nil }
        var breaks: [LineBreak] = []
        while index > 0 {
            let feasible = kept[index]
            breaks.append(LineBreak(itemIndex: Int(feasible.itemIndex), adjustmentRatio: feasible.ratio,
                                    isOverfull: feasible.isOverfull))
            index = Int(feasible.previous)
        }
        return breaks.reversed()
    }
}
