/// How headings inside the letter (and the signatory list's heading) are set.
public struct HeadingSettings: Sendable, Equatable {
    /// Font size in points.
    public var size: Double
    /// Baseline-to-baseline distance in points.
    public var leading: Double
    /// Space above the heading, in points.
    public var spaceBefore: Double
    /// Space between the heading and what follows, in points.
    public var spaceAfter: Double

    /// Heading settings with every value given, in points.
    public init(size: Double, leading: Double, spaceBefore: Double, spaceAfter: Double) {
        self.size = size
        self.leading = leading
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }
}
