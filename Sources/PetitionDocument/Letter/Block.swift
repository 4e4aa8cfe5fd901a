import Diagnostics

/// One unit of a letter's body: a heading, a paragraph or a list item.
///
/// The text is final: hard wraps undone, whitespace runs collapsed to single spaces (non-breaking
/// spaces kept), NFC-normalised. A list item's text excludes its marker.
public struct Block: Sendable, Equatable {
    /// What the block is. Consecutive list items form one list.
    public enum Kind: Sendable, Equatable {
        /// A `# ` (level 1) or `## ` (level 2) line.
        case heading(level: Int)
        case paragraph
        case listItem(ListMarker)
    }

    public var kind: Kind
    public var text: String
    /// Where the block's first character is in the letter file (for a list item or a heading,
    /// its marker).
    public var location: SourceLocation

    public init(kind: Kind, text: String, location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.location = location
    }
}
