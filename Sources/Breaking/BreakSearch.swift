/// One pass of total-fit line breaking over a paragraph (Knuth & Plass 1981; tex.web §813–890).
///
/// Walks the legal breaks in order keeping a list of active nodes, the breaks a line may
/// still start from. At each break every active node is tried as the start of a line ending
/// there; the best result for each (width class, fitness class) becomes a new active node.
/// A node is dropped once its line is too wide for any later break, and all nodes are dropped
/// at a forced break, so the work is O(items × active nodes) and nothing is allocated per
/// item beyond the growing record list.
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
        var records: [BreakRecord] = []
        var active = [ActiveNode.paragraphStart]
        var candidates: [Candidate] = []
        for index in 0...metrics.finalBreak {
            guard let breakpoint = metrics.breakpoint(at: index) else { continue }
            candidates.removeAll(keepingCapacity: true)
            tryBreak(at: index, breakpoint, active: &active, candidates: &candidates)
            if !candidates.isEmpty {
                activate(candidates, at: index, breakpoint, active: &active, records: &records)
            }
            if active.isEmpty { return nil }
        }
        return bestBreaks(endingWith: active, records: records)
    }

    /// Tries every active node as the start of a line ending at `index`, collecting the best
    /// line per class in `candidates` and dropping nodes that no later line can start from.
    private func tryBreak(
        at index: Int, _ breakpoint: Breakpoint, active: inout [ActiveNode], candidates: inout [Candidate]
    ) {
        let endsParagraph = index == metrics.finalBreak
        var kept = 0
        for position in 0..<active.count {
            let node = active[position]
            var keep = !breakpoint.isForced
            if index >= node.start {
                let lineWidth = widths.width(ofLine: node.widthClass)
                let measure = metrics.measure(from: node.start, to: index, endingAt: breakpoint)
                if measure.cannotFitAnyLaterBreak(in: lineWidth) { keep = false }
                let fit = LineFit(measure, width: lineWidth)
                if accepts(fit) {
                    let demerits = Demerits.ofLine(
                        badness: fit.badness, fitness: fit.fitness, endingAt: breakpoint,
                        endsParagraph: endsParagraph, previousFitness: node.fitness,
                        previousFlagged: node.flagged, parameters: parameters
                    )
                    let candidate = Candidate(
                        widthClass: widths.widthClass(ofLine: node.widthClass + 1),
                        fitness: fit.fitness,
                        cost: BreakCost(overfullWidth: node.cost.overfullWidth + fit.overfullWidth,
                                        demerits: node.cost.demerits + demerits),
                        previousRecord: node.record, ratio: fit.ratio, isOverfull: fit.isOverfull
                    )
                    record(candidate, in: &candidates)
                }
            }
            if keep {
                active[kept] = node
                kept += 1
            }
        }
        active.removeLast(active.count - kept)
    }

    /// Whether this pass may set a line that fits like `fit`.
    private func accepts(_ fit: LineFit) -> Bool {
        switch mode {
        case .withinTolerance: return !fit.isOverfull && fit.badness <= parameters.tolerance
        case .allowingOverfull: return true
        }
    }

    /// Keeps `candidate` if it is the first or the best of its classes.
    private func record(_ candidate: Candidate, in candidates: inout [Candidate]) {
        for i in candidates.indices
        where candidates[i].widthClass == candidate.widthClass && candidates[i].fitness == candidate.fitness {
            if candidate.cost.isLess(than: candidates[i].cost) { candidates[i] = candidate }
            return
        }
        candidates.append(candidate)
    }

    /// Turns the candidates at `index` into active nodes. A candidate more than
    /// `fitnessDemerits` worse than the best of its width class (or with more overfull width)
    /// can never win, since only the next line's fitness penalty can tell them apart
    /// (tex.web §836), so it is left out.
    private func activate(
        _ candidates: [Candidate], at index: Int, _ breakpoint: Breakpoint,
        active: inout [ActiveNode], records: inout [BreakRecord]
    ) {
        let start = KnuthPlass.lineStart(afterBreakAt: index, in: metrics.items)
        let margin = abs(parameters.fitnessDemerits)
        for candidate in candidates {
            let best = bestCost(inWidthClass: candidate.widthClass, of: candidates)
            let isBest = !best.isLess(than: candidate.cost)
            guard isBest || (candidate.cost.hasSameOverfullWidth(as: best)
                             && candidate.cost.demerits <= best.demerits + margin) else { continue }
            records.append(BreakRecord(itemIndex: index, previous: candidate.previousRecord,
                                       ratio: candidate.ratio, isOverfull: candidate.isOverfull))
            active.append(ActiveNode(start: start, widthClass: candidate.widthClass, fitness: candidate.fitness,
                                     flagged: breakpoint.flagged, cost: candidate.cost, record: records.count - 1))
        }
    }

    /// The lowest cost among `candidates` of `widthClass`.
    private func bestCost(inWidthClass widthClass: Int, of candidates: [Candidate]) -> BreakCost {
        var best: BreakCost?
        for candidate in candidates where candidate.widthClass == widthClass {
            if let current = best, !candidate.cost.isLess(than: current) { continue }
            best = candidate.cost
        }
        return best ?? .zero
    }

    /// Follows the records back from the cheapest node at the final break.
    private func bestBreaks(endingWith finalNodes: [ActiveNode], records: [BreakRecord]) -> [LineBreak]? {
        var best: ActiveNode?
        for node in finalNodes {
            if let current = best, !node.cost.isLess(than: current.cost) { continue }
            best = node
        }
        guard var recordIndex = best?.record else { return nil }
        var breaks: [LineBreak] = []
        while recordIndex >= 0 {
            let record = records[recordIndex]
            breaks.append(LineBreak(itemIndex: record.itemIndex, adjustmentRatio: record.ratio,
                                    isOverfull: record.isOverfull))
            recordIndex = record.previous
        }
        return breaks.reversed()
    }
}
