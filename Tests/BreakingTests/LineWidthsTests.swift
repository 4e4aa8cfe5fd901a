import Breaking
import Testing

/// Lines of different widths.
struct LineWidthsTests {
    @Test func widthsOfLines() {
        let widths = LineWidths(first: [8, 11], rest: 14)
        #expect((0..<4).map(widths.width(ofLine:)) == [8, 11, 14, 14])
        #expect(LineWidths(5).width(ofLine: 7) == 5)
    }

    /// "aa bb cc" is 8 wide, "aa bb cc dd ee" 14, "dd ee ff gg" 11: each fits exactly.
    @Test func narrowerFirstLines() {
        let text = FixedWidthText("aa bb cc dd ee ff gg hh")
        func lines(_ widths: LineWidths) -> [String]? {
            KnuthPlass.breakLines(text.items, widths: widths).map(text.lines)
        }
        #expect(lines(LineWidths(14)) == ["aa bb cc dd ee", "ff gg hh"])
        #expect(lines(LineWidths(first: [8], rest: 14)) == ["aa bb cc", "dd ee ff gg hh"])
        #expect(lines(LineWidths(first: [8, 11], rest: 14)) == ["aa bb cc", "dd ee ff gg", "hh"])
    }
}
