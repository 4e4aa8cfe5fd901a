import Typography

/// Signatory texts that need the full paragraph path (right-to-left scripts, Indic scripts,
/// mixed directions), set once and reused: a list gives the same city and country, and often the
/// same name, to thousands of entries, and both the measuring pass and the page pass set every
/// entry. A set paragraph does not depend on where its column is (its `x` is only applied when
/// drawing). Belongs to one ``EntrySetter``, whose styles differ only in the parts the key holds;
/// bounded, so a list of unique names cannot grow it without limit.
final class ParagraphCache {
    private struct Key: Hashable {
        /// Compared and hashed as UTF-8 bytes: a text is reused only for exactly the same text.
        var text: [UInt8]
        var weight: FontWeight
        var size: Double
        var width: Double
        var hangingIndent: Double
        var leading: Double
    }

    /// Paragraphs kept at most; past this the cache starts afresh. A set paragraph takes 2–4 KB,
    /// and most texts that come here (names in other scripts) are met once per pass, so what
    /// pays is keeping the repeated ones (a city and country in Cyrillic, say): 512 hold those.
    static let capacity = 512

    private var paragraphs: [Key: SetParagraph] = [:]

    /// The paragraph `text` set in `style`, from the cache or from `set` (which sets it).
    func paragraph(_ text: String, style: ParagraphStyle, leading: Double, set: () -> SetParagraph) -> SetParagraph {
        let key = Key(text: Array(text.utf8), weight: style.text.weight, size: style.text.size, width: style.width,
                      hangingIndent: style.hangingIndent, leading: leading)
        if let paragraph = paragraphs[key] { return paragraph }
        if paragraphs.count >= Self.capacity { paragraphs.removeAll(keepingCapacity: true) }
        let paragraph = set()
        paragraphs[key] = paragraph
        return paragraph
    }
}
