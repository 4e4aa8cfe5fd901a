/// The characters that steer the Unicode bidirectional algorithm and print nothing: the marks
/// ALM, LRM and RLM (U+061C, U+200E, U+200F), the embeddings and overrides LRE, RLE, PDF, LRO,
/// RLO (U+202A-U+202E) and the isolates LRI, RLI, FSI, PDI (U+2066-U+2069).
///
/// The layout keeps them in the text it resolves and shapes, so they order what they surround,
/// but never in the text a PDF carries for copying and search: a name copied out of the petition
/// must match the name typed into a search box.
public enum BidiFormatting {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` without bidi formatting characters.
    public static func removed(from text: String) -> String {
        guard text.unicodeScalars.contains(where: contains) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !contains($0) }))
    }
}
