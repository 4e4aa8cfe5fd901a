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
