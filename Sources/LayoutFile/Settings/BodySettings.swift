/// How the letter's paragraphs and lists are set.
public struct BodySettings: Sendable, Equatable {
    /// Font size in points.
    public var size: Double
    /// Baseline-to-baseline distance in points.
    public var leading: Double
    /// How lines sit between the margins.
    public var alignment: TextAlignment
    /// Whether words may be hyphenated at line ends.
    public var hyphenate: Bool
    /// Extra space between paragraphs, in points.
    public var paragraphSpacing: Double
    /// Indent of each paragraph's first line, in points.
    public var firstLineIndent: Double
    /// Indent of list items, in points.
    public var listIndent: Double

    /// Body settings with every value given; lengths in points.
    public init(size: Double, leading: Double, alignment: TextAlignment, hyphenate: Bool,
                paragraphSpacing: Double, firstLineIndent: Double, listIndent: Double) {
        self.size = size
        self.leading = leading
        self.alignment = alignment
        self.hyphenate = hyphenate
        self.paragraphSpacing = paragraphSpacing
        self.firstLineIndent = firstLineIndent
        self.listIndent = listIndent
    }
}
