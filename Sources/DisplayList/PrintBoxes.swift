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
