import DisplayList

/// Collects one page's items with the structure they belong to: consecutive runs of the same
/// element (a paragraph's lines, the page's signatory columns) share one structure span.
struct PageBuilder {
    private(set) var page: Page
    /// The element of the span being extended, so the next runs of it join the same span.
    private var openElement: Int?

    init(width: Double, height: Double, label: String?) {
        page = Page(width: width, height: height, label: label)
    }

    /// Adds `runs` as part of element `element` (a block index; any value unique per element)
    /// with role `role`; where `addresses` (of the element's text) stand whole in the runs, they
    /// become clickable.
    mutating func add(_ runs: [GlyphRun], role: StructureRole, element: Int, addresses: [LinkFinder.Address] = []) {
        page.links += LinkFinder.links(in: runs, addresses: addresses)
        add(runs.map(PageItem.glyphs), role: role, element: element)
    }

    /// Adds `items` as part of element `element` with role `role`.
    mutating func add(_ items: [PageItem], role: StructureRole, element: Int) {
        let start = page.items.count
        page.items += items
        if openElement == element, let last = page.structure.indices.last, page.structure[last].items.upperBound == start {
            page.structure[last].items = page.structure[last].items.lowerBound..<page.items.count
        } else if page.items.count > start {
            page.structure.append(StructureSpan(role: role, items: start..<page.items.count))
            openElement = element
        }
    }

    /// Adds items outside the structure (footers, decoration).
    mutating func addUntagged(_ items: [PageItem]) {
        page.items += items
        openElement = nil
    }

    mutating func addBookmark(_ bookmark: Bookmark) {
        page.bookmarks.append(bookmark)
    }
}
