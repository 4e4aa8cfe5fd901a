/// A block of the letter in the vertical flow: a paragraph, heading, list item or title line,
/// with the spacing and keep rules the page breaker honours.
struct FlowBlock {
    var paragraph: SetParagraph
    var spaceBefore: Double
    var spaceAfter: Double
    /// Headings stay on the page with the first lines of what follows.
    var keepWithNext: Bool
    /// Titles and headings are never split across pages.
    var keepTogether: Bool
    /// Room that must remain below the block on its page (the signatory heading wants its first
    /// entries under it).
    var reserveBelow: Double = 0

    var lineCount: Int { paragraph.lines.count }
    var leading: Double { paragraph.leading }
}
