/// An image file (PNG, drawn as pixels; SVG, drawn as vectors) scaled into a rectangle, such as a
/// press kit's logo. The rectangle is in points from the page's top-left corner.
public struct PlacedImage: Hashable, Sendable {
    /// Absolute or working-directory-relative path of the PNG or SVG file.
    public var path: String
    public var x: Double, y: Double, width: Double, height: Double

    public init(path: String, x: Double, y: Double, width: Double, height: Double) {
        self.path = path
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}
