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
}

/// One finished page: its size in points and what is drawn on it. Pure values; nothing draws
/// itself.
public struct Page: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var items: [PageItem]

    public init(width: Double, height: Double, items: [PageItem] = []) {
        self.width = width
        self.height = height
        self.items = items
    }
}
