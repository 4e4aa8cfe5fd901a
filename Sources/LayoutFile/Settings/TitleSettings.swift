/// How the letter's title is set.
public struct TitleSettings: Sendable, Equatable {
    /// Font size in points.
    public var size: Double
    /// Baseline-to-baseline distance in points, for titles that wrap.
    public var leading: Double
    /// Space between the title and what follows, in points.
    public var spaceAfter: Double

    /// Title settings with every value given, in points.
    public init(size: Double, leading: Double, spaceAfter: Double) {
        self.size = size
        self.leading = leading
        self.spaceAfter = spaceAfter
    }
}
