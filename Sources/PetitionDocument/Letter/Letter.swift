import Diagnostics

/// An open letter read from plain text: its metadata, its body as blocks, and what the reader
/// noticed but could handle (an unknown header key, say).
public struct Letter: Sendable, Equatable {
    /// The header values, and the title taken from the first line when the header gives none.
    public var metadata: LetterMetadata
    /// The body in reading order: headings, paragraphs and list items.
    public var blocks: [Block]
    /// Things the user should know about; parsing went ahead regardless.
    public var warnings: [Diagnostic]

    public init(metadata: LetterMetadata = LetterMetadata(), blocks: [Block] = [], warnings: [Diagnostic] = []) {
        self.metadata = metadata
        self.blocks = blocks
        self.warnings = warnings
    }
}
