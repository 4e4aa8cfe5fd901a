/// The character encoding of a signatory file (`--encoding`). A file that starts with a UTF-16
/// byte order mark is read as UTF-16 whatever this says.
public enum TextEncoding: String, CaseIterable, Sendable {
    /// The default: invalid sequences reject their row, with the byte offset.
    case utf8 = "utf-8"
    /// ISO 8859-1: each byte is the character with that code (U+0000-U+00FF).
    case latin1
    /// Windows code page 1252: Latin-1 with printable characters (€, curly quotes, Œ, ž...) in
    /// 0x80-0x9F. Its five unassigned bytes read as the C1 controls of the same code, as
    /// browsers do (WHATWG Encoding), and are then removed and reported by the sanitiser.
    case windows1252 = "windows-1252"
}
