import CCairo
import Diagnostics

/// Rendering failed: cairo or FreeType reported an error, a run was malformed, or an output or
/// image file could not be written or read.
public struct RenderError: DiagnosticConvertible, Sendable {
    /// The file concerned (an output, an image), when there is one.
    public var file: String?
    public var message: String

    public init(_ message: String, file: String? = nil) {
        self.message = message
        self.file = file
    }

    public var diagnostics: [Diagnostic] { [.error(file: file, message)] }
}

/// cairo's status codes turned into errors that say what was being done.
enum CairoStatus {
    static func check(_ status: cairo_status_t, _ doing: @autoclosure () -> String) throws(RenderError) {
        guard status == CAIRO_STATUS_SUCCESS else {
             throw RenderError("cairo failed while \(doing()): \(String(cString: cairo_status_to_string(status)))")
        }
    }
}

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
