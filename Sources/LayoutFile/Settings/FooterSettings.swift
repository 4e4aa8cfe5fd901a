/// The line at the foot of every page.
public struct FooterSettings: Sendable, Equatable {
    /// The fields `text` may contain, each written in braces: `{page}`.
    public static let templateFields = ["title", "page", "pages", "date"]

    /// The footer with `{title}`, `{page}`, `{pages}` and `{date}` fields; empty for none.
    public var text: String
    /// Font size in points.
    public var size: Double
    /// The digits of `{page}` and `{pages}`.
    public var digits: Digits

    /// A footer from its template, font size in points and page-number digits.
    public init(text: String, size: Double, digits: Digits = .latin) {
        self.text = text
        self.size = size
        self.digits = digits
    }
}
