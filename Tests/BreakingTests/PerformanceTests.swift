import Breaking
import Testing
import TestResources

/// Long paragraphs break quickly (not timed: the suite's running time is the check).
struct PerformanceTests {
    /// 50,000 words of 5 to 30 points with 4-point spaces: 100,000 items.
    private static func longParagraph() -> [Item] {
        var random = SeededGenerator(seed: 42)
        var items: [Item] = []
        items.reserveCapacity(100_002)
        for _ in 0..<50_000 {
            items.append(.box(width: Double(Int.random(in: 5...30, using: &random))))
            items.append(.glue(width: 4, stretch: 3, shrink: 1.5))
        }
        items.removeLast()
        return items + Item.paragraphEnd
    }

    @Test func hundredThousandItems() throws {
        let items = Self.longParagraph()
        let result = KnuthPlass.breakLines(items, widths: LineWidths(300))
        let breaks = try #require(result)
        let naturalWidth = 50_000.0 * (17.5 + 4)
        #expect(Double(breaks.count) > naturalWidth / 300 * 0.9)
        #expect(Double(breaks.count) < naturalWidth / 300 * 1.1)
        #expect(breaks.allSatisfy { !$0.isOverfull && $0.adjustmentRatio >= -1 })
    }

    /// The emergency pass on the same paragraph with one box wider than the line.
    @Test func hundredThousandItemsWithAnOverfullBox() {
        var items = Self.longParagraph()
        items[50_000] = .box(width: 400)
        let breaks = KnuthPlass.breakLinesAllowingOverfull(items, widths: LineWidths(300))
        #expect(breaks.filter(\.isOverfull).count == 1)
    }
}
