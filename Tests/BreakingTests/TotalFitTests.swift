@testable import Breaking
import Testing
import TestResources

/// Total fit against first fit, and against every possible set of breaks.
struct TotalFitTests {
    /// Width 20. First fit fills line 1 exactly ("aa … gg", r = 0; adding " hhh" makes 24,
    /// which shrink 3.5 cannot bring to 20) and leaves "hhh ii jj kk ll" (15 wide, 4 spaces)
    /// at r = 1.25, badness 195. Total fit moves "gg" down: "aa bb cc dd ee ff" at r = 0.6
    /// (badness 21.6) and "gg hhh ii jj kk ll" at r = 0.4 (badness 6.4).
    @Test func totalFitBalancesWhatFirstFitLeavesLoose() throws {
        let text = FixedWidthText("aa bb cc dd ee ff gg hhh ii jj kk ll xxxxxxxxxx")
        let greedy = FirstFit.breakLines(text.items, width: 20)
        let best = try #require(KnuthPlass.breakLines(text.items, widths: LineWidths(20)))

        #expect(text.lines(greedy) == ["aa bb cc dd ee ff gg", "hhh ii jj kk ll", "xxxxxxxxxx"])
        #expect(text.lines(best) == ["aa bb cc dd ee ff", "gg hhh ii jj kk ll", "xxxxxxxxxx"])
        let worstGreedy = greedy.map { Badness.of(adjustmentRatio: $0.adjustmentRatio) }.max() ?? 0
        let worstBest = best.map { Badness.of(adjustmentRatio: $0.adjustmentRatio) }.max() ?? 0
        #expect(worstGreedy > 190)
        #expect(worstBest < 25)
    }

    @Test(arguments: 0..<4)
    func findsTheCheapestOfAllBreakSequences(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<250 {
            let text = FixedWidthText(Self.randomText(using: &random))
            let first = Double(Int.random(in: 7...14, using: &random))
            let widths = LineWidths(first: [first], rest: Double(Int.random(in: 9...18, using: &random)))
            let parameters = BreakParameters(
                tolerance: [200, 1000, 10_000].randomElement(using: &random) ?? 200,
                linePenalty: [10, 200].randomElement(using: &random) ?? 10,
                flaggedDemerits: [0, 10_000].randomElement(using: &random) ?? 0,
                finalFlaggedDemerits: [0, 5_000].randomElement(using: &random) ?? 0,
                fitnessDemerits: [0, 3_000, 10_000].randomElement(using: &random) ?? 0
            )
            let oracle = ExhaustiveSearch(text.items, widths: widths, parameters: parameters)
            let found = KnuthPlass.breakLines(text.items, widths: widths, parameters: parameters)
            let minimum = oracle.minimumDemerits()
            #expect((found == nil) == (minimum == nil))
            if let found, let minimum {
                #expect(abs(oracle.demerits(of: found) - minimum) <= 1e-9 * max(1, abs(minimum)))
            }
        }
    }

    /// Up to fourteen words of one to six letters, some with hyphenation points.
    private static func randomText(using random: inout SeededGenerator) -> String {
        let words = (0..<Int.random(in: 3...14, using: &random)).map { _ in
            var word = String(repeating: "a", count: Int.random(in: 1...6, using: &random))
            if word.count > 3, Bool.random(using: &random) {
                word.insert("|", at: word.index(word.startIndex, offsetBy: Int.random(in: 1..<word.count, using: &random)))
            }
            return word
        }
        return words.joined(separator: " ")
    }
}
