import Foundation
import Testing
import TypographyTestSupport
@testable import PetitionLayout
import Typography

@Suite("Page breaking: widows, orphans, keeps")
struct LetterPaginatorTests {
    /// A frame exactly `lines` lines of 10 pt tall.
    func frame(lines: Int) -> PageFrame {
        PageFrame(pageWidth: 400, pageHeight: Double(lines) * 10 + 40, marginTop: 20, marginBottom: 20, marginLeft: 20, marginRight: 20)
    }

    /// A block of exactly `lines` lines: line separators force each break.
    func block(lines: Int, heading: Bool = false) throws -> FlowBlock {
        let text = [String](repeating: "line", count: lines).joined(separator: "\u{2028}")
        let style = ParagraphStyle(text: try TestFonts.style(size: 10), alignment: .justified, width: 200)
        let paragraph = SetParagraph(text, style: style, leading: 10, x: 20, library: TestFonts.library)
        return FlowBlock(paragraph: paragraph, spaceBefore: 0, spaceAfter: 0, keepWithNext: heading, keepTogether: heading)
    }

    func linesPerPage(_ pages: [PagePlan]) -> [[Int]] {
        pages.map { $0.lines.map(\.block) }
    }

    @Test func noOrphanFirstLineAtThePageFoot() throws {
        // A 5-line page: after a 4-line block one line is left, too few to start a paragraph.
        let pages = LetterPaginator(frame: frame(lines: 5)).paginate([try block(lines: 4), try block(lines: 3)]).pages
        #expect(linesPerPage(pages) == [[0, 0, 0, 0], [1, 1, 1]])
    }

    @Test func noWidowLastLineAtThePageHead() throws {
        // 5-line page, 6-line paragraph: 5 + 1 would leave a widow, so 4 + 2.
        let pages = LetterPaginator(frame: frame(lines: 5)).paginate([try block(lines: 6)]).pages
        #expect(pages.map(\.lines.count) == [4, 2])
    }

    @Test func headingStaysWithTheFirstLinesOfItsParagraph() throws {
        // 3 lines of text, then a heading on line 4 would have only line 5 for its paragraph.
        let pages = LetterPaginator(frame: frame(lines: 5)).paginate([try block(lines: 3), try block(lines: 1, heading: true), try block(lines: 4)]).pages
        #expect(linesPerPage(pages) == [[0, 0, 0], [1, 2, 2, 2, 2]])
    }
}
