import Breaking
import Typography

/// A paragraph as boxes, glue and penalties for the Knuth-Plass breaker, with the text offset
/// each item stands at so that breaks can be mapped back to text.
struct ParagraphItems {
    var items: [Item] = []
    /// Per item: the UTF-16 offset where it starts (a glue: its space; a penalty: where the line
    /// would end).
    var offsets: [Int] = []
    /// Offsets where a hyphenation penalty sits (the breaker may end a line there with a hyphen).
    var hyphenationOffsets: Set<Int> = []

    mutating func append(_ item: Item, at offset: Int) {
        items.append(item)
        offsets.append(offset)
    }
}

/// Tuning constants for turning text into items, with their sources.
enum ItemConstants {
    /// Interword stretch and shrink as fractions of the space width: Computer Modern's
    /// 3.33 pt space has 1.67 pt stretch and 1.11 pt shrink (Knuth, The TeXbook, ch. 12).
    static let spaceStretch = 0.5
    static let spaceShrink = 1.0 / 3.0
    /// Stretch of the end-of-line glue in ragged text, in ems: Knuth and Plass (1981) use 3 ems
    /// for ragged-right setting.
    static let raggedStretchEms = 3.0
    /// Stretch between ideographs, in ems, so CJK lines can be justified.
    static let ideographicStretchEms = 0.25
}
