import Testing
@testable import PetitionLayout

@Suite("Signatory columns: greedy fill and last-page balancing")
struct ColumnBalancerTests {
    @Test func fillsTopToBottomThenLeftToRight() {
        let heights = [Double](repeating: 10, count: 7)
        let columns = ColumnBalancer.fill(heights, from: 0, columns: 3, height: 30)
        #expect(columns == [0..<3, 3..<6, 6..<7])
    }

    @Test func balancedColumnsDifferByAtMostOneEntry() {
        let heights = [Double](repeating: 10, count: 7)
        let height = ColumnBalancer.balancedHeight(heights, from: 0, columns: 3, maximumHeight: 100)!
        let columns = ColumnBalancer.evenFill(heights, from: 0, columns: 3, height: height)
        #expect(columns.map(\.count) == [3, 2, 2])
    }

    @Test func unevenHeightsBalanceToTheShortestFeasibleColumn() {
        let heights: [Double] = [20, 10, 10, 30, 10, 10, 10]
        let height = ColumnBalancer.balancedHeight(heights, from: 0, columns: 2, maximumHeight: 500)!
        let columns = ColumnBalancer.evenFill(heights, from: 0, columns: 2, height: height)
        let sums = columns.map { $0.reduce(0.0) { $0 + heights[$1] } }
        #expect(columns.count == 2)
        #expect(abs(sums[0] - sums[1]) <= 30, "columns differ by less than the tallest entry")
        #expect(height < 71)
    }

    @Test func entriesThatDoNotFitReturnNil() {
        let heights = [Double](repeating: 10, count: 10)
        #expect(ColumnBalancer.balancedHeight(heights, from: 0, columns: 2, maximumHeight: 40) == nil)
    }

    @Test func paginatorFillsFullPagesAndBalancesOnlyTheLast() {
        let frame = PageFrame(pageWidth: 300, pageHeight: 140, marginTop: 20, marginBottom: 20, marginLeft: 20, marginRight: 20)
        let paginator = SignatoryPaginator(frame: frame, columns: 2, gutter: 10)
        let heights = [Double](repeating: 10, count: 30)
        let pages = paginator.paginate(heights: heights, firstTop: 20)
        // 100 pt columns hold 10 entries: one full page of 20, then 10 balanced as 5 + 5.
        #expect(pages.count == 2)
        #expect(pages[0].map(\.entries) == [0..<10, 10..<20])
        #expect(pages[1].map(\.entries) == [20..<25, 25..<30])
        #expect(pages[0][1].x == 20 + paginator.columnWidth + 10)
    }
}
