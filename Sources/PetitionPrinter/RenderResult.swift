import CairoRenderer
import Diagnostics
import Foundation

/// What a render produced.
public struct RenderResult: Sendable {
    /// The PDF file written (the first `Output.pdfFile` asked for; `-` for standard output), or
    /// nil when no PDF file was asked for.
    public var outputPath: String?
    /// The PDF, for `Output.pdfData`; nil otherwise.
    public var pdf: Data?
    /// The page images drawn for `Output.pngFiles` and `Output.pngData`, in the order asked for.
    public var images: [PNGImage] = []
    public var pageCount: Int
    public var warnings: [Diagnostic]
    /// Signatory rows read, printed and rejected (nil without a signatory list).
    public var signatoryCounts: (rows: Int, printed: Int, rejected: Int)?
    /// The list's one-line account ("100,000 rows: 99,812 printed, 150 duplicates, 38 rejected
    /// (see rejects.csv)"), nil without a signatory list.
    public var listSummary: String?
    /// Everything about the render, for `--report json`.
    public var report: RenderReport?
    /// The language the letter was set in (given, or guessed).
    public var language: String = "en"

    init(pageCount: Int, warnings: [Diagnostic], signatoryCounts: (rows: Int, printed: Int, rejected: Int)?, language: String) {
        self.pageCount = pageCount
        self.warnings = warnings
        self.signatoryCounts = signatoryCounts
        self.language = language
    }
}
