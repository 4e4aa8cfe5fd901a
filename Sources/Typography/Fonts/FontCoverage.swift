/// Which characters of a text no font of a set covers, found the way layout finds them (the
/// same per-script chains, marks staying with their base) but without shaping: the check behind
/// `petition fonts check` and `render --strict-glyphs`.
public enum FontCoverage {
    /// The characters of `text` that would print as missing-glyph boxes in `style`.
    public static func missing(in text: String, style: TextStyle, library: FontLibrary) -> [MissingGlyph] {
        let utf16 = Array(text.utf16)
        let levels = [UInt8](repeating: 0, count: utf16.count)
        return FontItemizer(style: style, library: library).itemize(utf16, levels: levels).missing
    }
}
