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
