/// The role of a stretch of a page's items in the PDF's structure tree (tagged PDF), so screen
/// readers can tell headings from paragraphs. Deliberately coarse: a whole signatory list is one
/// `list`, never one tag per name, so tags cost the same on every page.
public enum StructureRole: String, Hashable, Sendable, CaseIterable {
    /// A heading or the title (PDF tag `H1`).
    case heading = "H1"
    /// A paragraph of the letter (PDF tag `P`).
    case paragraph = "P"
    /// The signatories on a page, as a whole (PDF tag `L`).
    case list = "L"
}

/// Items `items` (indices into ``Page/items``) belong to one structure element of `role`.
public struct StructureSpan: Hashable, Sendable {
    public var role: StructureRole
    public var items: Range<Int>

    public init(role: StructureRole, items: Range<Int>) {
        self.role = role
        self.items = items
    }
}

/// An entry in the PDF's outline (bookmarks): `title`, nested at `level` (0 is the top), opening
/// the page it is attached to at height `y` (points from the page's top).
public struct Bookmark: Hashable, Sendable {
    public var title: String
    public var level: Int
    public var y: Double

    public init(title: String, level: Int = 0, y: Double = 0) {
        self.title = title
        self.level = level
        self.y = y
    }
}

/// A clickable area that opens `target` (a URL, or `mailto:` for an email address). The
/// rectangle is in points from the page's top-left corner.
public struct LinkArea: Hashable, Sendable {
    public var x: Double, y: Double, width: Double, height: Double
    public var target: String

    public init(x: Double, y: Double, width: Double, height: Double, target: String) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.target = target
    }
}
