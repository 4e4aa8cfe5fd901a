/// The running header of pages that carry only signatures, so a loose sheet still says what was
/// signed.
public struct HeaderSettings: Sendable, Equatable {
    /// The fields `text` may contain: the footer's signature fields and `{request}` (the letter's
    /// subtitle, its one-line request).
    public static let templateFields = FooterSettings.signatureTemplateFields + ["request"]

    /// The header's template; empty for none; nil for the terms of the letter's language
    /// (`header.text` in `locales/`). Its size is the footer's.
    public var text: String?

    public init(text: String? = nil) {
        self.text = text
    }
}
