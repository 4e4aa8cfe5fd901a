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
