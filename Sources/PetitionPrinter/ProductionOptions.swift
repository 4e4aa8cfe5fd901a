/// Print-production choices of `petition render` beyond the letter, list and layout: a logo,
/// bleed and crop marks. (Previews are outputs: `Output.pngFiles`.)
public struct ProductionOptions: Sendable {
    /// A PNG or SVG logo for the cover page; overrides the letter's `Logo:` header.
    public var logo: String?
    /// Bleed in points around the trimmed page, or nil to use the layout's.
    public var bleed: Double?
    /// Whether to draw crop marks outside the bleed.
    public var cropMarks: Bool

    public init(logo: String? = nil, bleed: Double? = nil, cropMarks: Bool = false) {
        self.logo = logo
        self.bleed = bleed
        self.cropMarks = cropMarks
    }
}
