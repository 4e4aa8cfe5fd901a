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

extension Page {
    /// The page with everything on it moved by `dx`, `dy` points (the page size unchanged).
    public func offset(dx: Double, dy: Double) -> Page {
        var moved = self
        moved.items = items.map { item in
            switch item {
            case .glyphs(var run):
                run.glyphs = run.glyphs.map { PositionedGlyph(id: $0.id, x: $0.x + dx, y: $0.y + dy) }
                return .glyphs(run)
            case .rule(var rule):
                rule.x0 += dx; rule.x1 += dx; rule.y0 += dy; rule.y1 += dy
                return .rule(rule)
            case .image(var image):
                image.x += dx; image.y += dy
                return .image(image)
            case .box(var box):
                box.x += dx; box.y += dy
                return .box(box)
            }
        }
        moved.links = links.map { var link = $0; link.x += dx; link.y += dy; return link }
        moved.bookmarks = bookmarks.map { var bookmark = $0; bookmark.y += dy; return bookmark }
        moved.printBoxes = printBoxes.map { boxes in
            func shift(_ box: PrintBoxes.Box) -> PrintBoxes.Box {
                PrintBoxes.Box(x: box.x + dx, y: box.y + dy, width: box.width, height: box.height)
            }
            return PrintBoxes(trim: shift(boxes.trim), bleed: shift(boxes.bleed))
        }
        return moved
    }
}

/// A stable, rounded text form of a page, for snapshot tests and debugging: one line per item,
/// coordinates to 0.01 pt, so small floating-point noise does not change it.
extension Page {
    public var textDump: String {
        var lines = ["page \(Self.format(width)) x \(Self.format(height))"]
        for item in items {
            switch item {
            case .glyphs(let run):
                let origin = run.glyphs.first.map { "\(Self.format($0.x)),\(Self.format($0.y))" } ?? "-"
                lines.append("  run \(run.font) \(Self.format(run.size))pt @\(origin) \(run.glyphs.count) glyphs \"\(run.text)\"")
            case .rule(let rule):
                lines.append("  rule \(Self.format(rule.x0)),\(Self.format(rule.y0)) -> \(Self.format(rule.x1)),\(Self.format(rule.y1)) w\(Self.format(rule.thickness))")
            case .image(let image):
                lines.append("  image \(image.path) @\(Self.format(image.x)),\(Self.format(image.y)) \(Self.format(image.width)) x \(Self.format(image.height))")
            case .box(let box):
                let color = [box.color.red, box.color.green, box.color.blue].map(Self.format).joined(separator: ",")
                lines.append("  box @\(Self.format(box.x)),\(Self.format(box.y)) \(Self.format(box.width)) x \(Self.format(box.height)) rgb \(color)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// An image file (PNG, drawn as pixels; SVG, drawn as vectors) scaled into a rectangle, such as a
/// press kit's logo. The rectangle is in points from the page's top-left corner.
public struct PlacedImage: Hashable, Sendable {
    /// How an image file is drawn: decided once, where the file is read, not from its name.
    public enum Format: Hashable, Sendable {
        /// A PNG image, drawn as pixels.
        case png
        /// An SVG image, drawn as vectors.
        case svg
    }

    /// Absolute or working-directory-relative path of the PNG or SVG file.
    public var path: String
    public var format: Format
    public var x: Double, y: Double, width: Double, height: Double

    public init(path: String, format: Format, x: Double, y: Double, width: Double, height: Double) {
        self.path = path
        self.format = format
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// Where a printed sheet is cut: the trim box (the finished page) and the bleed box (artwork that
/// runs past the cut), both in points from the page's top-left corner. Set only on pages laid
/// out with bleed; the media box is the whole page.
public struct PrintBoxes: Hashable, Sendable {
    public var trim: Box
    public var bleed: Box

    /// A rectangle: its top-left corner and size, in points.
    public struct Box: Hashable, Sendable {
        public var x: Double, y: Double, width: Double, height: Double

        public init(x: Double, y: Double, width: Double, height: Double) {
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }
    }

    public init(trim: Box, bleed: Box) {
        self.trim = trim
        self.bleed = bleed
    }
}

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

/// A colour as red, green and blue from 0 to 1 (device RGB).
public struct RGBColor: Hashable, Sendable {
    public var red: Double, green: Double, blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A grey: `gray` for red, green and blue (0 black, 1 white).
    public init(gray: Double) {
        self.init(red: gray, green: gray, blue: gray)
    }

    /// The grey this colour prints as on a black-and-white printer or in a greyscale
    /// conversion: relative luminance with the Rec. 709 weights (0.2126, 0.7152, 0.0722), as
    /// `pdftoppm -gray` and most print drivers compute it.
    public var luminance: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }
}

/// A filled rectangle (a bar of a chart), drawn as a vector with no outline. `y` is its top
/// edge, in points from the page's top like every other coordinate of the display list.
public struct FilledBox: Hashable, Sendable {
    public var x: Double, y: Double, width: Double, height: Double
    public var color: RGBColor

    public init(x: Double, y: Double, width: Double, height: Double, color: RGBColor) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.color = color
    }
}
