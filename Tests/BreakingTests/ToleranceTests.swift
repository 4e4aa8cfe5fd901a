import Breaking
import Testing

/// `BreakParameters.tolerance`, TeX's tolerance and pretolerance, infinite badness and
/// infinite stretch.
struct ToleranceTests {
    /// Width 10: the only way to break is "aaaa bbb" (8 wide, one space) at r = 2,
    /// badness 800; "aaaa" alone has nothing to stretch and all three words are too wide.
    @Test func toleranceDecidesWhetherALooseLineIsAllowed() {
        let text = FixedWidthText("aaaa bbb cccccccccc")
        #expect(text.breakLines(width: 10, parameters: .init(tolerance: 100)) == nil)
        #expect(text.breakLines(width: 10, parameters: .init(tolerance: 1000)) == ["aaaa bbb", "cccccccccc"])
        let breaks = KnuthPlass.breakLines(text.items, widths: LineWidths(10), parameters: .init(tolerance: 1000))
        #expect(breaks?.first?.adjustmentRatio == 2)
    }

    /// Width 20: "hhh ii jj kk ll" is 15 wide with four spaces, r = 1.25, badness 195.3:
    /// within TeX's tolerance (200) but not its pretolerance (100).
    @Test func texToleranceAcceptsWhatPretoleranceRejects() {
        let text = FixedWidthText("hhh ii jj kk ll xxxxxxxxxxxxxxxxxxxx")
        #expect(BreakParameters().tolerance == BreakParameters.texTolerance)
        #expect(text.breakLines(width: 20) == ["hhh ii jj kk ll", "xxxxxxxxxxxxxxxxxxxx"])
        #expect(text.breakLines(width: 20, parameters: .init(tolerance: BreakParameters.texPretolerance)) == nil)
    }

    /// A short line with nothing to stretch has badness `Badness.infinite`: only a tolerance
    /// that high accepts it, as in TeX.
    @Test func shortLineWithoutStretchIsInfinitelyBad() {
        let items: [Item] = [.box(width: 3), .forcedBreak]
        let justBelow = BreakParameters(tolerance: Badness.infinite - 1)
        let atInfinite = BreakParameters(tolerance: Badness.infinite)
        #expect(KnuthPlass.breakLines(items, widths: LineWidths(10), parameters: justBelow) == nil)
        #expect(KnuthPlass.breakLines(items, widths: LineWidths(10), parameters: atInfinite)
            == [LineBreak(itemIndex: 1, adjustmentRatio: 0)])
    }

    /// Stretch from `Item.infiniteStretch` up fills the line at r = 0 (TeX's fil); just below
    /// it, the glue is ordinary and stretches by a tiny ratio.
    @Test func infiniteStretchStartsAtTheThreshold() {
        func lastRatio(stretch: Double) -> Double? {
            let items: [Item] = [.box(width: 5), .glue(width: 0, stretch: stretch, shrink: 0), .forcedBreak]
            return KnuthPlass.breakLines(items, widths: LineWidths(10))?.last?.adjustmentRatio
        }
        #expect(lastRatio(stretch: Item.infiniteStretch) == 0)
        #expect(lastRatio(stretch: Item.infiniteStretch - 1) == 5 / (Item.infiniteStretch - 1))
    }
}
