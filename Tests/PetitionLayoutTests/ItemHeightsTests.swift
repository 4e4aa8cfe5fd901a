import Testing
@testable import PetitionLayout

/// `ItemHeights` gives back every measured height bit for bit, coded or not, so page breaks
/// cannot move.
struct ItemHeightsTests {
    @Test func fewDistinctHeightsComeBackBitForBit() {
        let values = [14.399999999999999, 28.8, 0.1 + 0.2, -0.0, 0.0, 1e-300, 43.2]
        let heights = (0..<10_000).map { values[($0 * 7 + $0 / 3) % values.count] }
        let stored = ItemHeights(heights)
        #expect(stored.count == heights.count)
        #expect(zip(stored, heights).allSatisfy { $0.bitPattern == $1.bitPattern })
    }

    @Test func manyDistinctHeightsAreKeptAsTheyAre() {
        let heights = (0..<1_000).map { Double($0) * 0.37 + 0.01 }
        var stored = ItemHeights(heights.prefix(300))
        stored.append(contentsOf: ItemHeights(heights.dropFirst(300)))
        #expect(Array(stored) == heights)
    }

    @Test func sumFromAnItemAddsFromTheEndLikeATableOfSuffixSums() {
        let heights = (0..<2_000).map { [10.1, 12.7, 0.3][$0 % 3] }
        let stored = ItemHeights(heights)
        var suffix = [Double](repeating: 0, count: heights.count + 1)
        for index in stride(from: heights.count - 1, through: 0, by: -1) { suffix[index] = suffix[index + 1] + heights[index] }
        for start in [0, 1, 999, 1_999, 2_000] {
            #expect(stored.sum(from: start).bitPattern == suffix[start].bitPattern)
        }
    }
}
