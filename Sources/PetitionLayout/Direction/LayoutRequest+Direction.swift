import PetitionDocument
import Typography

extension LayoutRequest {
    /// The direction a document is set in: right to left when its language is written so
    /// (Arabic, Persian, Hebrew, Urdu...) or, whatever the language says, when the letter's first
    /// strong character is right to left (a Hebrew letter with no Language header).
    static func documentDirection(language: String, letter: Letter) -> TextDirection {
        if TextDirection(language: language) == .rightToLeft { return .rightToLeft }
        let texts = [letter.metadata.title].compactMap { $0 } + letter.blocks.map(\.text)
        for text in texts {
            if let direction = TextDirection.firstStrong(in: text) { return direction }
        }
        return .leftToRight
    }
}

extension PageFrame {
    /// The frame of a right-to-left document: the inner margin (the binding side) is on the right.
    func mirrored(for direction: TextDirection) -> PageFrame {
        guard direction == .rightToLeft else { return self }
        var frame = self
        frame.left = pageWidth - left - width
        return frame
    }
}

extension LayoutRequest {
    /// The direction of one paragraph of the letter. In a right-to-left document a paragraph with
    /// any right-to-left letter is right to left, even when it opens with a Latin name or acronym
    /// ("UNICEF ..."); otherwise its first strong character decides (a paragraph in another
    /// language), and one with no strong character at all follows the document.
    func paragraphDirection(for text: String) -> TextDirection {
        if direction == .rightToLeft,
           BidiLevels(utf16: Array(text.utf16), direction: .leftToRight).levels.contains(where: { $0 % 2 == 1 }) {
            return .rightToLeft
        }
        return TextDirection.firstStrong(in: text) ?? direction
    }
}
