@testable import Breaking

/// Tries every sequence of breaks of a small paragraph, to check that `KnuthPlass` finds
/// the one with least total demerits. Lines are judged by the module's own `LineFit` and
/// `Demerits`, so this checks the search (active nodes, classes, pruning), not the formulas.
/// The cheapest rest of a paragraph depends only on where the last break was, how wide the
/// next line is (its width class) and the last line's fitness, so those results are memoised.
final class ExhaustiveSearch {
    let items: [Item]
    let widths: LineWidths
    let parameters: BreakParameters
    private let metrics: ParagraphMetrics
    private var cheapestRest: [State: Double?] = [:]

    private struct State: Hashable {
        var previous: Int?
        var widthClass: Int
        var fitness: FitnessClass
    }

    init(_ items: [Item], widths: LineWidths, parameters: BreakParameters) {
        self.items = items
        self.widths = widths
        self.parameters = parameters
        metrics = ParagraphMetrics(items)
    }

    /// The least total demerits over all break sequences whose lines fit within tolerance,
    /// or nil when there is none.
    func minimumDemerits() -> Double? {
        cheapestRest.removeAll()
        return search(after: nil, line: 0, fitness: .decent, flagged: false)
    }

    /// The total demerits of `breaks`, which must all fit within tolerance.
    func demerits(of breaks: [LineBreak]) -> Double {
        var total = 0.0
        var previous: Int?
        var fitness = FitnessClass.decent
        var flagged = false
        for (line, lineBreak) in breaks.enumerated() {
            guard let judged = judge(from: previous, to: lineBreak.itemIndex, line: line,
                                     previousFitness: fitness, previousFlagged: flagged) else { return .infinity }
            total += judged.demerits
            fitness = judged.fitness
            flagged = judged.flagged
            previous = lineBreak.itemIndex
        }
        return total
    }

    private func search(after previous: Int?, line: Int, fitness: FitnessClass, flagged: Bool) -> Double? {
        let state = State(previous: previous, widthClass: widths.widthClass(ofLine: line), fitness: fitness)
        if let known = cheapestRest[state] { return known }
        let start = KnuthPlass.lineStart(afterBreakAt: previous, in: items)
        var best: Double?
        for end in start...metrics.finalBreak {
            guard let breakpoint = metrics.breakpoint(at: end) else { continue }
            if let judged = judge(from: previous, to: end, line: line,
                                  previousFitness: fitness, previousFlagged: flagged) {
                let rest = end == metrics.finalBreak
                    ? 0
                    : search(after: end, line: line + 1, fitness: judged.fitness, flagged: breakpoint.flagged)
                if let rest, judged.demerits + rest < (best ?? .infinity) { best = judged.demerits + rest }
            }
            if breakpoint.isForced { break }
        }
        cheapestRest[state] = best
        return best
    }

    private func judge(
        from previous: Int?, to end: Int, line: Int, previousFitness: FitnessClass, previousFlagged: Bool
    ) -> (demerits: Double, fitness: FitnessClass, flagged: Bool)? {
        guard let breakpoint = metrics.breakpoint(at: end) else { return nil }
        let start = KnuthPlass.lineStart(afterBreakAt: previous, in: items)
        guard end >= start else { return nil }
        let fit = LineFit(metrics.measure(from: start, to: end, endingAt: breakpoint), width: widths.width(ofLine: line))
        guard !fit.isOverfull, fit.badness <= parameters.tolerance else { return nil }
        let demerits = Demerits.ofLine(
            badness: fit.badness, fitness: fit.fitness, endingAt: breakpoint,
            endsParagraph: end == metrics.finalBreak, previousFitness: previousFitness,
            previousFlagged: previousFlagged, parameters: parameters
        )
        return (demerits, fit.fitness, breakpoint.flagged)
    }
}
