import Testing
@testable import PetitionLayout

@Suite("Signatory columns: greedy fill and last-page balancing")
struct ColumnBalancerTests {
    @Test func fillsTopToBottomThenLeftToRight() {
        let heights = [Double](repeating: 10, count: 7)
        let columns = ColumnBalancer.fill(heights, from: 0, columns: 3, height: 30)
        #expect(columns == [0..<3, 3..<6, 6..<7])
    }

    @Test func balancedColumnsDifferByAtMostOneEntry() throws {
        let heights = [Double](repeating: 10, count: 7)
        let height = try #require(ColumnBalancer.balancedHeight(heights, from: 0, columns: 3, maximumHeight: 100))
        let columns = ColumnBalancer.evenFill(heights, from: 0, columns: 3, height: height)
        #expect(columns.map(\.count) == [3, 2, 2])
    }

    @Test func unevenHeightsBalanceToTheShortestFeasibleColumn() throws {
        let heights: [Double] = [20, 10, 10, 30, 10, 10, 10]
        let height = try #require(ColumnBalancer.balancedHeight(heights, from: 0, columns: 2, maximumHeight: 500))
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
        let flow = SignatoryFlow(entryCount: 30, groups: [], hasClosing: false)
        let heights = [Double](repeating: 10, count: 30)
        let pages = paginator.paginate(flow, heights: ItemHeights(heights), continuedHeight: 10, firstTop: 20)
        // 100 pt columns hold 10 entries: one full page of 20, then 10 balanced as 5 + 5.
        #expect(pages.count == 2)
        #expect(pages[0].map(\.flow) == [0..<10, 10..<20])
        #expect(pages[1].map(\.flow) == [20..<25, 25..<30])
        #expect(pages[0][1].x == 20 + paginator.columnWidth + 10)
    }

    @Test func aPageThatContinuesAGroupStartsWithContinuedAndHeadingsNeverEndAColumn() throws {
        let frame = PageFrame(pageWidth: 300, pageHeight: 140, marginTop: 20, marginBottom: 20, marginLeft: 20, marginRight: 20)
        let paginator = SignatoryPaginator(frame: frame, columns: 2, gutter: 10)
        // Two groups: 9 entries, then 25. Flow: heading, 9 entries, heading, 25 entries.
        let groups = [ListGroup(name: "A", entries: 0..<9), ListGroup(name: "B", entries: 9..<34)]
        let flow = SignatoryFlow(entryCount: 34, groups: groups, hasClosing: false)
        #expect(flow.item(at: 0) == .groupHeading(0))
        #expect(flow.item(at: 1) == .entry(0))
        #expect(flow.item(at: 10) == .groupHeading(1))
        #expect(flow.item(at: 11) == .entry(9))
        let heights = [Double](repeating: 10, count: flow.count)
        let pages = paginator.paginate(flow, heights: ItemHeights(heights), continuedHeight: 10, firstTop: 20)
        // Column 1: heading A + 9 entries fills 100 pt exactly; column 2 starts with heading B.
        #expect(pages[0][0].flow == 0..<10)
        #expect(pages[0][1].flow.first == 10)
        #expect(pages[1][0].continuedGroup == 1, "page 2 continues group B")
        for page in pages {
            for column in page where column.flow.count > 1 {
                let last = try #require(column.flow.last)
                #expect(!flow.keepsWithNext(last), "a heading ends a column")
            }
        }
        let printed = pages.flatMap { $0 }.flatMap { Array($0.flow) }
        #expect(printed == Array(0..<flow.count), "every item is placed once, in order")
    }
}
