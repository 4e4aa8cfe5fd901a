/// How a piece of text is to be set: which fonts, how big, in what language.
public struct TextStyle: Sendable {
    public var fontSet: FontSet
    public var weight: FontWeight
    /// Size in points.
    public var size: Double
    /// BCP 47 tag; picks shaping rules (HarfBuzz) and line-break tailoring (ICU).
    public var language: String

    public init(fontSet: FontSet, weight: FontWeight = .regular, size: Double, language: String) {
        self.fontSet = fontSet
        self.weight = weight
        self.size = size
        self.language = language
    }
}
