import DisplayList
import Testing
@testable import PetitionLayout

@Suite("The printed sheet: duplex mirroring, bleed, trim and crop marks")
struct PrintSheetTests {
    private let page: Page = {
        var page = Page(width: 400, height: 600, items: [.rule(Rule(x0: 50, y0: 60, x1: 350, y1: 60, thickness: 1))])
        page.links = [LinkArea(x: 50, y: 50, width: 10, height: 10, target: "mailto:a@b.org")]
        return page
    }()

    @Test func duplexMovesOnlyLeftHandPages() throws {
        var sheet = PrintSheet(inner: PageCollector(), mirrorShift: -20, bleed: 0, cropMarks: false)
        for _ in 0..<3 { try sheet.add(page) }
        let xs = sheet.inner.pages.map { page -> Double in
            guard case .rule(let rule) = page.items[0] else { return .nan }
            return rule.x0
        }
        #expect(xs == [50, 30, 50])
        #expect(sheet.inner.pages[1].links.first?.x == 30)
        #expect(sheet.inner.pages.allSatisfy { $0.printBoxes == nil && $0.width == 400 })
    }

    @Test func bleedGrowsThePageAndSetsTheBoxes() throws {
        var sheet = PrintSheet(inner: PageCollector(), mirrorShift: 0, bleed: 9, cropMarks: false)
        try sheet.add(page)
        let out = try #require(sheet.inner.pages.first)
        #expect(out.width == 418 && out.height == 618)
        #expect(out.printBoxes == PrintBoxes(trim: .init(x: 9, y: 9, width: 400, height: 600),
                                             bleed: .init(x: 0, y: 0, width: 418, height: 618)))
        guard case .rule(let rule) = out.items[0] else { Issue.record("the rule is gone"); return }
        #expect(rule.x0 == 59 && rule.y0 == 69)
        #expect(out.items.count == 1)
    }

    @Test func cropMarksSitOutsideTheBleedInLineWithTheTrim() throws {
        var sheet = PrintSheet(inner: PageCollector(), mirrorShift: 0, bleed: 9, cropMarks: true)
        try sheet.add(page)
        let out = try #require(sheet.inner.pages.first)
        let boxes = try #require(out.printBoxes)
        let marks = out.items.dropFirst().compactMap { item -> Rule? in
            if case .rule(let rule) = item { return rule } else { return nil }
        }
        #expect(marks.count == 8)
        let trim = boxes.trim
        for mark in marks {
            let horizontal = mark.y0 == mark.y1
            // In line with a trim edge...
            #expect(horizontal ? [trim.y, trim.y + trim.height].contains(mark.y0) : [trim.x, trim.x + trim.width].contains(mark.x0))
            // ...and entirely outside the bleed box, inside the sheet.
            let along = horizontal ? [mark.x0, mark.x1] : [mark.y0, mark.y1]
            let low = horizontal ? boxes.bleed.x : boxes.bleed.y
            let high = horizontal ? boxes.bleed.x + boxes.bleed.width : boxes.bleed.y + boxes.bleed.height
            let size = horizontal ? out.width : out.height
            #expect(along.allSatisfy { $0 <= low || $0 >= high })
            #expect(along.allSatisfy { $0 >= 0 && $0 <= size })
        }
    }
}
