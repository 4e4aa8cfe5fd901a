/// The line at the foot of every page.
public struct FooterSettings: Sendable, Equatable {
    /// The fields `text` may contain, each written in braces: `{page}`.
    public static let templateFields = ["title", "page", "pages", "date"]
    /// The fields `signatureText` may contain: those of `text` and the page's signature range,
    /// the total and the group.
    public static let signatureTemplateFields = templateFields + ["range", "total", "group"]

    /// The footer with `{title}`, `{page}`, `{pages}` and `{date}` fields; empty for none; nil
    /// for the terms of the letter's language (`footer.text` in `locales/`).
    public var text: String?
    /// The footer of pages that carry signatures, with `{range}` ("20,001–20,280"), `{total}`
    /// and `{group}` as well; empty to use `text` there too; nil for the terms
    /// (`footer.signatures`).
    public var signatureText: String?
    /// Font size in points.
    public var size: Double
    /// The digits of `{page}` and `{pages}` (`[numbers] digits` sets those of every number).
    public var digits: Digits

    /// A footer from its templates (nil: the terms'), font size in points and page-number digits.
    public init(text: String? = nil, signatureText: String? = nil, size: Double, digits: Digits = .latin) {
        self.text = text
        self.signatureText = signatureText
        self.size = size
        self.digits = digits
    }
}
