/// Small print: the list's closing total and digest, and the colophon's notes.
public struct NotesSettings: Sendable, Equatable {
    /// Font size in points.
    public var size: Double
    /// Baseline-to-baseline distance in points.
    public var leading: Double

    public init(size: Double = 7.5, leading: Double = 9.0) {
        self.size = size
        self.leading = leading
    }
}
