import Breaking
import Testing

/// Empty input, items without the usual ending, empty lines, and line reconstruction.
struct EdgeCaseTests {
    /// An empty item list has no lines, and that is not a failure.
    @Test func emptyInputHasNoLines() {
        #expect(KnuthPlass.breakLines([], widths: LineWidths(10)) == [])
        #expect(KnuthPlass.breakLinesAllowingOverfull([], widths: LineWidths(10)) == [])
    }

    /// Just the paragraph end: one line holding only the finishing glue.
    @Test func paragraphEndAloneIsOneEmptyLine() {
        #expect(KnuthPlass.breakLines(Item.paragraphEnd, widths: LineWidths(10))
            == [LineBreak(itemIndex: 1, adjustmentRatio: 0)])
    }

    /// Without a final forced break the breaker assumes finishing glue and a forced break after
    /// the last item: the last line ends at `items.count` and is set at r = 0.
    @Test func missingParagraphEndIsAssumed() throws {
        let text = FixedWidthText("aaa bbb ccc", endsParagraph: false)
        let breaks = try #require(KnuthPlass.breakLines(text.items, widths: LineWidths(7)))
        #expect(breaks == [LineBreak(itemIndex: 7, adjustmentRatio: 0), LineBreak(itemIndex: 11, adjustmentRatio: 0)])
        #expect(text.items.count == 11)
        #expect(KnuthPlass.lineRanges(of: breaks, in: text.items) == [0..<7, 8..<11])
    }

    /// Two forced breaks in a row make an empty line, which counts as perfect; the finishing
    /// glue between them is discarded after the first break.
    @Test func consecutiveForcedBreaksMakeAnEmptyLine() throws {
        let text = FixedWidthText("aa\n\nbb")
        let breaks = try #require(KnuthPlass.breakLines(text.items, widths: LineWidths(10)))
        #expect(text.lines(breaks) == ["aa", "", "bb"])
        #expect(KnuthPlass.lineRanges(of: breaks, in: text.items)[1].isEmpty)
        #expect(breaks.map(\.adjustmentRatio) == [0, 0, 0])
    }

    /// After a break, glue and penalties are skipped up to the next box or forced break.
    @Test func lineStartSkipsDiscardableItems() {
        let items: [Item] = [
            .box(width: 1), .glue(width: 1, stretch: 1, shrink: 0), .penalty(width: 0, cost: 0, flagged: false),
            .glue(width: 1, stretch: 1, shrink: 0), .box(width: 1), .glue(width: 1, stretch: 1, shrink: 0), .forcedBreak,
        ]
        #expect(KnuthPlass.lineStart(afterBreakAt: nil, in: items) == 0)
        #expect(KnuthPlass.lineStart(afterBreakAt: 1, in: items) == 4)
        #expect(KnuthPlass.lineStart(afterBreakAt: 4, in: items) == 6)
        #expect(KnuthPlass.lineStart(afterBreakAt: 6, in: items) == 7)
    }
}
