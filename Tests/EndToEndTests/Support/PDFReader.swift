import Foundation

/// The three PDF readers whose copied text the tests hold to the letter: poppler (`pdftotext`),
/// pdfium (Chrome's and Edge's engine, through the `pypdfium2` Python package) and mupdf
/// (`mutool draw -F txt`). One way to read a PDF with each, for every test.
enum PDFReader: String, CaseIterable, CustomStringConvertible {
    case poppler, pdfium, mupdf

    var description: String { rawValue }

    /// Reads pdfium's text of every page, pages joined by newlines, as Chrome's select-all copies.
    private static let pdfiumScript = """
        import sys
        try:
            import pypdfium2
        except ImportError:
            sys.exit("pypdfium2 is missing: run scripts/install-dependencies (python3 -m pip install pypdfium2)")
        document = pypdfium2.PdfDocument(sys.argv[1])
        sys.stdout.write("\\n".join(page.get_textpage().get_text_range() for page in document))
        """

    /// The text this reader copies out of `pdf`, failing the test that asked when the reader is
    /// not installed or cannot read the file.
    func text(of pdf: String, pages: ClosedRange<Int>? = nil) throws -> String {
        let result: ToolResult
        switch self {
        case .poppler:
            let range = pages.map { ["-f", String($0.lowerBound), "-l", String($0.upperBound)] } ?? []
            result = try ToolRunner.run("pdftotext", ["-enc", "UTF-8"] + range + [pdf, "-"])
        case .mupdf:
            let range = pages.map { ["\($0.lowerBound)-\($0.upperBound)"] } ?? []
            result = try ToolRunner.run("mutool", ["draw", "-F", "txt", "-o", "-", pdf] + range)
        case .pdfium:
            precondition(pages == nil, "pdfium reads whole documents here")
            result = try ToolRunner.run("/usr/bin/env", ["python3", "-c", Self.pdfiumScript, pdf])
        }
        guard result.status == 0 else { throw ReaderFailure(reader: self, pdf: pdf, message: result.errors) }
        return result.output
    }

    struct ReaderFailure: Error, CustomStringConvertible {
        var reader: PDFReader
        var pdf: String
        var message: String
        var description: String { "\(reader) could not read \(pdf): \(message)" }
    }
}
