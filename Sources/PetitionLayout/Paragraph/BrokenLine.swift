/// One line of a paragraph after breaking, before it is placed on a page.
struct BrokenLine: Sendable {
    /// UTF-16 range of the paragraph's text on this line (trailing break space excluded).
    var range: Range<Int>
    /// Extra advance (points, may be negative) to add before the character at each offset: the
    /// stretched or shrunk interword glue of a justified line.
    var spacing: [Int: Double]
    /// The line ends at a hyphenation point: a hyphen is drawn, and the text carried by it runs
    /// to `hyphenatedWordEnd`.
    var hyphenatedWordEnd: Int?
    /// The line starts with the rest of a word hyphenated on the previous line; that text is
    /// already carried by the previous line's hyphen.
    var carriedPrefixEnd: Int?
    /// Natural width of the line's content plus spacing, in points.
    var width: Double
    /// The line is wider than its measure (nothing else was possible).
    var isOverfull: Bool
    /// First line's offset from the paragraph's start edge (0, or the hanging indent on later lines).
    var indent: Double
}
