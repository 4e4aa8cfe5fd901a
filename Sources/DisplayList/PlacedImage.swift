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
