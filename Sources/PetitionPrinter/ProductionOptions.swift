/// Print-production choices of `petition render` beyond the letter, list and layout: previews,
/// a logo, bleed and crop marks.
public struct ProductionOptions: Sendable {
    /// Folder for PNG previews of every page, or nil for none.
    public var pngDirectory: String?
    /// Preview resolution in dots per inch.
    public var pngResolution: Double
    /// Draw previews of only this many first pages (a web page's thumbnails); nil for all.
    public var pngPageLimit: Int?
    /// When set, a file the inputs name (the letter's `Logo:` header, `--logo`) is read only if
    /// it lies inside this folder (a server confines each request to its own folder this way).
    public var confinedTo: String?
    /// A PNG logo for the cover page; overrides the letter's `Logo:` header.
    public var logo: String?
    /// Bleed in points around the trimmed page, or nil to use the layout's.
    public var bleed: Double?
    /// Whether to draw crop marks outside the bleed.
    public var cropMarks: Bool

    public init(pngDirectory: String? = nil, pngResolution: Double = 96, logo: String? = nil, bleed: Double? = nil,
                cropMarks: Bool = false, pngPageLimit: Int? = nil, confinedTo: String? = nil) {
        self.confinedTo = confinedTo
        self.pngPageLimit = pngPageLimit
        self.pngDirectory = pngDirectory
        self.pngResolution = pngResolution
        self.logo = logo
        self.bleed = bleed
        self.cropMarks = cropMarks
    }
}
