/// Print-production choices of `petition render` beyond the letter, list and layout: previews,
/// a logo, bleed and crop marks.
public struct ProductionOptions: Sendable {
    /// Folder for PNG previews of every page, or nil for none.
    public var pngDirectory: String?
    /// Preview resolution in dots per inch.
    public var pngResolution: Double
    /// A PNG logo for the cover page; overrides the letter's `Logo:` header.
    public var logo: String?
    /// Bleed in points around the trimmed page, or nil to use the layout's.
    public var bleed: Double?
    /// Whether to draw crop marks outside the bleed.
    public var cropMarks: Bool

    public init(pngDirectory: String? = nil, pngResolution: Double = 96, logo: String? = nil, bleed: Double? = nil,
                cropMarks: Bool = false) {
        self.pngDirectory = pngDirectory
        self.pngResolution = pngResolution
        self.logo = logo
        self.bleed = bleed
        self.cropMarks = cropMarks
    }
}
