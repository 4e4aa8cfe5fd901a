import CCairo
import DisplayList
import Foundation

/// Writes display-list pages to a PDF file with cairo, one page at a time: each page is emitted at
/// `add` and not kept, so memory stays flat however many pages arrive. Fonts are embedded as
/// subsets. Text is drawn only with `cairo_show_text_glyphs`, so the PDF's text is the source text.
public final class PDFWriter: PageSink {
    private let surface: OpaquePointer
    private var fonts: [FontReference: OpaquePointer] = [:]
    private var finished = false
    private var size = (width: 595.2756, height: 841.8898)
    /// Pages written so far.
    public private(set) var pageCount = 0

    /// Starts a PDF at `path` (the caller writes to a temporary path and renames it).
    public init(path: String, metadata: DocumentMetadata) throws(RenderError) {
        guard let surface = cairo_pdf_surface_create(path, size.width, size.height) else {
            throw RenderError("cairo could not create \(path)")
        }
        self.surface = surface
        try check(cairo_surface_status(surface), "creating \(path)")
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        setMetadata(metadata)
    }

    deinit {
        if !finished { cairo_surface_finish(surface) }
        cairo_surface_destroy(surface)
        for face in fonts.values { cairo_font_face_destroy(face) }
    }

    /// Draws `page` and emits it.
    public func add(_ page: Page) throws {
        if (page.width, page.height) != size {
            cairo_pdf_surface_set_size(surface, page.width, page.height)
            size = (page.width, page.height)
        }
        let context = cairo_create(surface)!
        defer { cairo_destroy(context) }
        for item in page.items {
            switch item {
            case .glyphs(let run): try draw(run, in: context)
            case .rule(let rule): draw(rule, in: context)
            }
        }
        cairo_show_page(context)
        // cairo's errors are sticky and silent: a bad run blanks everything after it.
        try check(cairo_status(context), "drawing page \(pageCount + 1)")
        try check(cairo_surface_status(surface), "writing page \(pageCount + 1)")
        pageCount += 1
    }

    /// Completes the file. Nothing may be added afterwards.
    public func finish() throws(RenderError) {
        guard !finished else { return }
        finished = true
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface), "finishing the PDF")
    }

    private func draw(_ run: GlyphRun, in context: OpaquePointer) throws(RenderError) {
        guard !run.glyphs.isEmpty else { return }
        guard run.hasConsistentClusters else {
            throw RenderError("a glyph run's cluster map does not match its text \"\(run.text)\"")
        }
        cairo_set_font_face(context, try face(for: run.font))
        cairo_set_font_size(context, run.size)
        cairo_set_source_rgb(context, run.gray, run.gray, run.gray)
        let glyphs = run.glyphs.map { cairo_glyph_t(index: UInt($0.id), x: $0.x, y: $0.y) }
        let clusters = run.clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.utf8Count), num_glyphs: Int32($0.glyphCount)) }
        let flags: cairo_text_cluster_flags_t = run.clustersAreBackward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
        let utf8 = Array(run.text.utf8)
        utf8.withUnsafeBufferPointer { text in
            text.withMemoryRebound(to: CChar.self) { chars in
                cairo_show_text_glyphs(context, chars.baseAddress, Int32(utf8.count), glyphs, Int32(glyphs.count),
                                       clusters, Int32(clusters.count), flags)
            }
        }
        try check(cairo_status(context), "drawing the text \"\(run.text)\"")
    }

    private func draw(_ rule: Rule, in context: OpaquePointer) {
        cairo_set_source_rgb(context, rule.gray, rule.gray, rule.gray)
        cairo_set_line_width(context, rule.thickness)
        cairo_move_to(context, rule.x0, rule.y0)
        cairo_line_to(context, rule.x1, rule.y1)
        cairo_stroke(context)
    }

    private func face(for reference: FontReference) throws(RenderError) -> OpaquePointer {
        if let face = fonts[reference] { return face }
        let face = try FreeTypeFaces.cairoFace(for: reference)
        fonts[reference] = face
        return face
    }

    private func setMetadata(_ metadata: DocumentMetadata) {
        let entries: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title),
            (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject),
            (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.joined(separator: ", ")),
            (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
            (CAIRO_PDF_METADATA_CREATE_DATE, Self.pdfDate(metadata.creationDate ?? Date())),
        ]
        for (key, value) in entries where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
    }

    /// ISO 8601 in UTC, the form cairo converts to a PDF date.
    private static func pdfDate(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    private func check(_ status: cairo_status_t, _ doing: String) throws(RenderError) {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError("cairo failed while \(doing): \(String(cString: cairo_status_to_string(status)))")
        }
    }
}
