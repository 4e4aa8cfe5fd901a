import Breaking
import Testing

/// Forced breaks (penalty -10000) inside a paragraph.
struct ForcedBreakTests {
    /// Everything would fit on one line of 20, but the newline (finishing glue and a forced
    /// break) ends the first line, which is set at r = 0 like a last line.
    @Test func forcedBreakInTheMiddleEndsTheLine() {
        let text = FixedWidthText("aaa bb\nccc dd ee")
        let breaks = KnuthPlass.breakLines(text.items, widths: LineWidths(20))
        #expect(breaks.map(text.lines) == ["aaa bb", "ccc dd ee"])
        #expect(breaks?.first?.adjustmentRatio == 0)
    }

    /// A forced break without finishing glue justifies its line: "aaa bb cc" (9 wide, two
    /// spaces) at width 10 is stretched to r = 0.5, at width 8 shrunk to r = -1.
    @Test func forcedBreakWithoutFinishingGlueJustifies() {
        let items = FixedWidthText("aaa bb cc", endsParagraph: false).items + [.forcedBreak]
            + FixedWidthText("ddd").items
        #expect(KnuthPlass.breakLines(items, widths: LineWidths(10))?.first
            == LineBreak(itemIndex: 9, adjustmentRatio: 0.5))
        #expect(KnuthPlass.breakLines(items, widths: LineWidths(8))?.first
            == LineBreak(itemIndex: 9, adjustmentRatio: -1))
    }

    /// A negative penalty that does not force a break subtracts its square from the demerits.
    /// Width 11: "a b c d e f" fits exactly (10² = 100 demerits) while "a b c d e" is 9 wide
    /// with four spaces, r = 0.5 (22.5² = 506). A penalty of -100 before the space after "e"
    /// takes 100² = 10000 off the second choice.
    @Test func negativePenaltyEncouragesABreak() {
        func firstBreak(cost: Double) -> Int? {
            var items = FixedWidthText("a b c d e f gggg").items
            items.insert(.penalty(width: 0, cost: cost, flagged: false), at: 9)
            return KnuthPlass.breakLines(items, widths: LineWidths(11))?.first?.itemIndex
        }
        #expect(firstBreak(cost: 0) == 12)
        #expect(firstBreak(cost: -100) == 9)
    }
}
