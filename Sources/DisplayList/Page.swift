/// A straight line segment, for rules under headings or crop marks.
public struct Rule: Hashable, Sendable {
    public var x0: Double, y0: Double, x1: Double, y1: Double
    /// Line thickness in points.
    public var thickness: Double
    public var gray: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double, thickness: Double, gray: Double = 0) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.thickness = thickness
        self.gray = gray
    }
}

/// Something drawn on a page.
public enum PageItem: Hashable, Sendable {
    case glyphs(GlyphRun)
    case rule(Rule)
    case image(PlacedImage)
    case box(FilledBox)
}

/// One finished page: its size in points and what is drawn on it. Pure values; nothing draws
/// itself.
public struct Page: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var items: [PageItem]
    /// The page's label in the PDF (`"Cover"`, `"3"`); nil leaves it to the reader (its number).
    public var label: String?
    /// Outline entries that open this page.
    public var bookmarks: [Bookmark] = []
    /// Clickable areas (URLs and email addresses in the text).
    public var links: [LinkArea] = []
    /// Which items are headings, paragraphs and lists, for tagged PDF.
    public var structure: [StructureSpan] = []
    /// Trim and bleed boxes, when the page is laid out for print with bleed.
    public var printBoxes: PrintBoxes?

    public init(width: Double, height: Double, items: [PageItem] = [], label: String? = nil) {
        self.width = width
        self.height = height
        self.items = items
        self.label = label
    }
}
