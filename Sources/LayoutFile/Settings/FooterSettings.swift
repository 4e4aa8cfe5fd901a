/// The line at the foot of every page.
public struct FooterSettings: Sendable, Equatable {
    /// The fields `text` may contain, each written in braces: `{page}`.
    public static let templateFields = ["title", "page", "pages", "date"]

    /// The footer with `{title}`, `{page}`, `{pages}` and `{date}` fields; empty for none.
    public var text: String
    /// Font size in points.
    public var size: Double

    /// A footer from its template and font size in points.
    public init(text: String, size: Double) {
        self.text = text
        self.size = size
    }
}
