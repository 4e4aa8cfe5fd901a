/// What cairo 1.16 accepts as UTF-8. Its decoder refuses the noncharacters (U+FDD0-U+FDEF and
/// U+nFFFE, U+nFFFF of every plane), though they are valid in a Swift string, and a refused string
/// puts the context or the surface in a sticky error state that stops the whole document. Every
/// string the renderer hands to cairo (run text, bookmark titles, page labels, link targets,
/// metadata) goes through here, behind the sanitising of the inputs (`CharacterPolicy`).
enum CairoText {
    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    /// `text` with each refused scalar replaced by U+FFFD; `text` itself when it has none.
    static func acceptable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isRefused) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isRefused($0) ? "\u{FFFD}" : $0 }))
    }
}
