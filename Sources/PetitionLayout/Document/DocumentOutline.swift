import DisplayList
import Typography

/// A part of the finished document and the pages it fills, counted from 1 with the cover.
public struct DocumentSection: Sendable, Equatable {
    /// `cover`, `letter`, `signatories`, `figures` or `colophon`.
    public var name: String
    public var pages: ClosedRange<Int>

    public init(name: String, pages: ClosedRange<Int>) {
        self.name = name
        self.pages = pages
    }
}

/// Where the letter and the signatory list start, from the page plans: their bookmarks, and the
/// page ranges of the document's sections.
struct DocumentOutline {
    let plans: [PagePlan]
    /// The flow block of the signatory heading, if there is one.
    let headingBlock: Int?
    let title: String?
    /// The bookmarks of a letter without a title and of a list without a heading, in the
    /// letter's language.
    let letterBookmark: String, listBookmark: String
    /// The signatory list's items and their heights, to find its group headings.
    let list: SignatoryFlow
    let heights: ItemHeights
    /// The height of a "(continued)" group heading at the top of a column.
    let continuedHeight: Double

    /// The plan index of the page where the signatory list starts: its heading's, or the first
    /// with columns.
    var signatoryStart: Int? {
        if let headingBlock, let page = plans.firstIndex(where: { $0.lines.contains { $0.block == headingBlock } }) {
            return page
        }
        return plans.firstIndex { !$0.columns.isEmpty }
    }

    /// The bookmarks that open plan page `index`.
    func bookmarks(onPage index: Int, plan: PagePlan, blocks: [FlowBlock], frame: PageFrame) -> [Bookmark] {
        var bookmarks: [Bookmark] = []
        if index == 0, plan.lines.contains(where: { $0.block != headingBlock }) {
            bookmarks.append(Bookmark(title: title.map(BidiFormatting.removed) ?? letterBookmark, y: frame.top))
        }
        if index == signatoryStart {
            let heading = headingBlock.flatMap { block in plan.lines.first { $0.block == block } }
            // The heading as printed: without the isolates or marks that ordered it.
            let text = headingBlock.map { blocks[$0].paragraph.shaped.printedString(0..<blocks[$0].paragraph.shaped.utf16.count) } ?? ""
            let y = heading.map { $0.baseline - blocks[$0.block].leading } ?? plan.columns.first?.top ?? frame.top
            bookmarks.append(Bookmark(title: text.isEmpty ? listBookmark : text, y: max(0, y)))
        }
        for column in plan.columns {
            var y = column.top + (column.continuedGroup == nil ? 0 : continuedHeight)
            for index in column.flow {
                if case .groupHeading(let group) = list.item(at: index) {
                    bookmarks.append(Bookmark(title: BidiFormatting.removed(from: list.groups[group].name), level: 1, y: y))
                }
                y += heights[index]
            }
        }
        return bookmarks
    }

    /// Each group of the list and the pages it fills, counted like `sections`.
    func groupSections(cover: Bool) -> [DocumentSection] {
        var pages: [Int: ClosedRange<Int>] = [:]
        for (index, plan) in plans.enumerated() {
            let page = index + (cover ? 2 : 1)
            for column in plan.columns {
                let groups = column.flow.compactMap { item -> Int? in
                    switch list.item(at: item) {
                    case .entry(let entry): list.group(ofEntry: entry)
                    case .groupHeading(let group): group
                    case .closing: nil
                    }
                }
                for group in groups { pages[group] = min(pages[group]?.lowerBound ?? page, page)...page }
            }
        }
        return pages.keys.sorted().map { DocumentSection(name: list.groups[$0].name, pages: pages[$0]!) }
    }

    /// The sections and their pages; plan page `i` is physical page `i + 1`, or `i + 2` after a
    /// cover.
    func sections(cover: Bool, figures: Bool = false, colophon: Bool) -> [DocumentSection] {
        let offset = cover ? 2 : 1
        var sections: [DocumentSection] = cover ? [DocumentSection(name: "cover", pages: 1...1)] : []
        let letterPages = plans.indices.filter { plans[$0].lines.contains { $0.block != headingBlock } }
        if let first = letterPages.first, let last = letterPages.last {
            sections.append(DocumentSection(name: "letter", pages: (first + offset)...(last + offset)))
        }
        if let start = signatoryStart, let last = plans.lastIndex(where: { !$0.columns.isEmpty }) {
            sections.append(DocumentSection(name: "signatories", pages: (start + offset)...(max(start, last) + offset)))
        }
        if figures {
            sections.append(DocumentSection(name: "figures", pages: (plans.count + offset)...(plans.count + offset)))
        }
        if colophon {
            let page = plans.count + offset + (figures ? 1 : 0)
            sections.append(DocumentSection(name: "colophon", pages: page...page))
        }
        return sections
    }
}
