/// Print-production choices of `petition render` beyond the letter, list and layout: a logo,
/// bleed and crop marks. (Previews are outputs: `Output.pngFiles`.)
public struct ProductionOptions: Sendable {
    /// A PNG or SVG logo for the cover page; overrides the letter's `Logo:` header.
    public var logo: String?
    /// Bleed in points around the trimmed page, or nil to use the layout's.
    public var bleed: Double?
    /// Whether to draw crop marks outside the bleed.
    public var cropMarks: Bool
    /// When set, a file the inputs name (the letter's `Logo:` header, `--logo`) is read only if
    /// it lies inside this folder (a server confines each request to its own folder this way).
    public var confinedTo: String?

    public init(logo: String? = nil, bleed: Double? = nil, cropMarks: Bool = false, confinedTo: String? = nil) {
        self.logo = logo
        self.bleed = bleed
        self.cropMarks = cropMarks
        self.confinedTo = confinedTo
    }
}
