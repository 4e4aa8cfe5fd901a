import Foundation

/// The sheet and the margins around the text block, in points.
public struct PageSettings: Sendable, Equatable {
    /// The sheet.
    public var size: PageSize
    /// Space above the text block, in points.
    public var marginTop: Double
    /// Space below the text block (where the footer sits), in points.
    public var marginBottom: Double
    /// The margin at the binding edge: the left of a single-sided or right-hand page.
    public var marginInner: Double
    /// The margin at the outside edge: the right of a single-sided or right-hand page.
    public var marginOuter: Double
    /// Artwork beyond the trimmed page on every side, in points (0 for none); the PDF gets a
    /// bleed box this much larger than its trim box.
    public var bleed: Double
    /// Whether pages are printed on both sides: left-hand (even) pages then have the inner
    /// margin on the right, so the binding edge always gets the inner margin.
    public var duplex: Bool

    /// Page settings from a size, four margins and the bleed in points.
    public init(size: PageSize, marginTop: Double, marginBottom: Double, marginInner: Double, marginOuter: Double,
                bleed: Double = 0, duplex: Bool = false) {
        self.size = size
        self.bleed = bleed
        self.duplex = duplex
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginInner = marginInner
        self.marginOuter = marginOuter
    }

    /// The width left for text between the inner and outer margins.
    public var textWidth: Double { size.width - marginInner - marginOuter }

    /// The height left for text between the top and bottom margins.
    public var textHeight: Double { size.height - marginTop - marginBottom }
}

/// The trimmed size of a page in points, portrait (width before height as written).
public struct PageSize: Sendable, Equatable {
    /// Width in points.
    public var width: Double
    /// Height in points.
    public var height: Double

    /// A page `width` by `height` points.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// The sizes layout files may name, case-insensitively.
    static let namedSizes: [(name: String, size: PageSize)] = [
        ("A3", millimetres(297, 420)),
        ("A4", millimetres(210, 297)),
        ("A5", millimetres(148, 210)),
        ("Letter", PageSize(width: 612, height: 792)),
        ("Legal", PageSize(width: 612, height: 1008)),
    ]

    /// The size called `name` ("A4", "A5", "A3", "Letter", "Legal"; any case), or `nil`.
    public static func named(_ name: String) -> PageSize? {
        namedSizes.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.size
    }

    /// Reads a named size or `"WIDTH x HEIGHT"` with two lengths, such as `"210mm x 297mm"`
    /// (`×` works too). Returns `nil` for anything else or for sizes that are not positive.
    public static func parse(_ text: String) -> PageSize? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let size = named(trimmed) { return size }
        let parts = trimmed.split(whereSeparator: { $0 == "x" || $0 == "×" })
        guard parts.count == 2,
              let width = Length.parse(String(parts[0])), let height = Length.parse(String(parts[1])),
              width.points > 0, height.points > 0 else { return nil }
        return PageSize(width: width.points, height: height.points)
    }

    private static func millimetres(_ width: Double, _ height: Double) -> PageSize {
        PageSize(width: width * 72 / 25.4, height: height * 72 / 25.4)
    }
}
