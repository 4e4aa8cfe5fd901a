import Breaking
import Testing

/// The emergency pass of `breakLinesAllowingOverfull`.
struct OverfullTests {
    /// Width 10: the 14-wide word cannot fit anywhere. It gets a line of its own, marked
    /// overfull (with nothing to shrink its ratio is 0), and the lines around it are broken
    /// as usual: "aaaa bbbb" at r = 1, "dddd eeee" as the last line.
    @Test func wideBoxIsOverfullOnlyOnItsOwnLine() {
        let text = FixedWidthText("aaaa bbbb cccccccccccccc dddd eeee")
        #expect(KnuthPlass.breakLines(text.items, widths: LineWidths(10)) == nil)
        let breaks = KnuthPlass.breakLinesAllowingOverfull(text.items, widths: LineWidths(10))
        #expect(text.lines(breaks) == ["aaaa bbbb", "cccccccccccccc", "dddd eeee"])
        #expect(breaks.map(\.isOverfull) == [false, true, false])
        #expect(breaks.map(\.adjustmentRatio) == [1, 0, 0])
    }

    /// "aaaaaa bbbbbb" joined by a no-break space (a forbidden penalty before the glue, so the
    /// glue is no legal break) is 13 wide with shrink 0.5: at width 12 it cannot shrink enough.
    /// The line reports all shrink used, r = -1.
    @Test func lineThatCannotShrinkEnoughIsOverfull() {
        let items: [Item] = Array(repeating: .box(width: 1), count: 6)
            + [.penalty(width: 0, cost: Penalty.forbidden, flagged: false), .glue(width: 1, stretch: 1, shrink: 0.5)]
            + Array(repeating: .box(width: 1), count: 6) + Item.paragraphEnd
        #expect(KnuthPlass.breakLines(items, widths: LineWidths(12)) == nil)
        #expect(KnuthPlass.breakLinesAllowingOverfull(items, widths: LineWidths(12))
            == [LineBreak(itemIndex: items.count - 1, adjustmentRatio: -1, isOverfull: true)])
    }

    /// Width 10: "aaaaa bbbbb" is 11 with shrink 0.5, and "aaaaa" alone has nothing to stretch
    /// (badness 10000). The emergency pass prefers the loose line to an overfull one.
    @Test func emergencyPassPrefersLooseLinesToOverfullOnes() {
        let text = FixedWidthText("aaaaa bbbbb")
        #expect(text.breakLines(width: 10) == nil)
        let breaks = KnuthPlass.breakLinesAllowingOverfull(text.items, widths: LineWidths(10))
        #expect(text.lines(breaks) == ["aaaaa", "bbbbb"])
        #expect(breaks.allSatisfy { !$0.isOverfull })
    }

    @Test func feasibleParagraphsAreBrokenAsByBreakLines() {
        let text = FixedWidthText("aa bb cc dd ee ff gg hhh ii jj kk ll xxxxxxxxxx")
        #expect(KnuthPlass.breakLinesAllowingOverfull(text.items, widths: LineWidths(20))
            == KnuthPlass.breakLines(text.items, widths: LineWidths(20)))
    }
}
