import Breaking
import Testing

/// Exact breaks of small paragraphs in the fixed-width test font (stretch 1, shrink 0.5 per
/// space), each worked out by hand in the comments.
struct ExactBreaksTests {
    @Test func wordsThatFillLinesExactly() {
        // "aaa bbb" is 7 wide: r = 0. "aaa bbb ccc" (11) cannot shrink to 7, "aaa" alone has
        // no glue to stretch; the last line has the finishing glue.
        let text = FixedWidthText("aaa bbb ccc ddd")
        #expect(text.breakLines(width: 7) == ["aaa bbb", "ccc ddd"])
    }

    @Test func shrinkingBeatsStretching() {
        // Width 10. "aa bb cc dd" is 11 with shrink 1.5: r = -2/3, badness 29.6, demerits
        // (10 + 29.6)² = 1568. "aa bb cc" is 8 with stretch 2: r = 1, badness 100, demerits
        // 110² = 12100. The last line costs 10² = 100 either way.
        let text = FixedWidthText("aa bb cc dd ee")
        let breaks = KnuthPlass.breakLines(text.items, widths: LineWidths(10))
        #expect(breaks.map(text.lines) == ["aa bb cc dd", "ee"])
        #expect(breaks?.map(\.adjustmentRatio) == [-1.0 / 1.5, 0])
    }

    @Test func stretchedLineReportsItsRatio() {
        // Width 12: "aaaa bbb" (8, one space) would need r = 4; "aaaa bbb cc" is 11 with two
        // spaces: r = 0.5. Then "ddddddd" alone on the last line.
        let text = FixedWidthText("aaaa bbb cc ddddddd")
        let breaks = KnuthPlass.breakLines(text.items, widths: LineWidths(12))
        #expect(breaks.map(text.lines) == ["aaaa bbb cc", "ddddddd"])
        #expect(breaks?.first?.adjustmentRatio == 0.5)
        #expect(breaks?.allSatisfy { !$0.isOverfull } == true)
    }

    @Test func lastBreakIsTheFinalForcedPenalty() {
        let text = FixedWidthText("aaa bbb ccc ddd")
        let breaks = KnuthPlass.breakLines(text.items, widths: LineWidths(7))
        #expect(breaks?.last?.itemIndex == text.items.count - 1)
        #expect(breaks?.first?.itemIndex == 7)
    }

    @Test func glueAfterABreakIsDiscarded() {
        // The second space of "bbbb  cccc" is not a legal break (it follows glue) and is
        // discarded at the start of the second line, so that line is "cccc dddd", not " cccc dddd".
        let text = FixedWidthText("aaaa bbbb  cccc dddd")
        let breaks = KnuthPlass.breakLines(text.items, widths: LineWidths(9))
        #expect(breaks.map(text.lines) == ["aaaa bbbb", "cccc dddd"])
        #expect(breaks.map { KnuthPlass.lineRanges(of: $0, in: text.items) } == [0..<9, 11..<21])
    }
}
