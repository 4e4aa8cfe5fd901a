@testable import Breaking
import Testing

/// Demerits: the formula, fitness demerits and the line penalty.
struct DemeritsTests {
    private func demerits(
        badness: Double = 0, fitness: FitnessClass = .decent, cost: Double = 0, flagged: Bool = false,
        endsParagraph: Bool = false, previousFitness: FitnessClass = .decent, previousFlagged: Bool = false
    ) -> Double {
        Demerits.ofLine(
            badness: badness, fitness: fitness, endingAt: Breakpoint(width: 0, cost: cost, flagged: flagged),
            endsParagraph: endsParagraph, previousFitness: previousFitness, previousFlagged: previousFlagged,
            parameters: BreakParameters()
        )
    }

    @Test func formulaFollowsKnuthAndPlass() {
        #expect(demerits(badness: 20) == 30 * 30)
        #expect(demerits(badness: 20, cost: 50) == 30 * 30 + 50 * 50)
        #expect(demerits(badness: 20, cost: -50) == 30 * 30 - 50 * 50)
        #expect(demerits(badness: 20, cost: -Penalty.forbidden) == 30 * 30)
        #expect(demerits(flagged: true, previousFlagged: true) == 100 + BreakParameters.texDoubleHyphenDemerits)
        #expect(demerits(endsParagraph: true, previousFlagged: true) == 100 + BreakParameters.texFinalHyphenDemerits)
        #expect(demerits(fitness: .tight, previousFitness: .loose) == 100 + BreakParameters.texAdjDemerits)
        #expect(demerits(fitness: .tight, previousFitness: .decent) == 100)
    }

    /// Width 12. "aa bbb c d" (10, three spaces) is loose at r = 2/3 and "ee ffff g hhh"
    /// (13, shrink 1.5) tight at r = -2/3: badness 29.6 each, 2 · 39.6² = 3141 demerits, but
    /// loose next to tight. "aa bbb c d ee" (13, shrink 2) is decent at r = -0.5 (badness
    /// 12.5) and "ffff g hhh" loose at r = 1 (badness 100): 22.5² + 110² = 12606.
    @Test func fitnessDemeritsAvoidTightNextToLoose() {
        let text = FixedWidthText("aa bbb c d ee ffff g hhh iii")
        #expect(text.breakLines(width: 12, parameters: .init(fitnessDemerits: 0))
            == ["aa bbb c d", "ee ffff g hhh", "iii"])
        #expect(text.breakLines(width: 12) == ["aa bbb c d ee", "ffff g hhh", "iii"])
        #expect(BreakParameters().fitnessDemerits == BreakParameters.texAdjDemerits)
    }

    /// Width 11. Two lines: "aaa b cccc" at r = 0.5 (22.5² = 506) and "d" (10² = 100). One line:
    /// "aaa b cccc d" (12, shrink 1.5) at r = -2/3, 39.6² = 1570 with line penalty 10, but with
    /// line penalty 1000 one line (1029.6²) beats two (1012.5² + 1000²).
    @Test func linePenaltyPrefersFewerLines() {
        let text = FixedWidthText("aaa b cccc d")
        #expect(BreakParameters().linePenalty == BreakParameters.texLinePenalty)
        #expect(text.breakLines(width: 11) == ["aaa b cccc", "d"])
        #expect(text.breakLines(width: 11, parameters: .init(linePenalty: 1000)) == ["aaa b cccc d"])
    }
}
