/// How body paragraphs sit between the margins.
public enum TextAlignment: String, Sendable, CaseIterable {
    /// Flush on both sides; the last line of a paragraph starts at the start edge.
    case justify
    /// Flush left, ragged right.
    case left
    /// Centred, ragged on both sides.
    case center
    /// Flush with the edge where the writing direction starts (left for Latin scripts).
    case start
}
