import CCairo
import DisplayList
import Foundation

/// Writes display-list pages to a PDF with cairo, into a file or into memory, one page at a time:
/// each page is emitted at `add` and not kept, so with a file memory stays flat however many
/// pages arrive. Fonts are embedded as
/// subsets. Text is drawn only with `cairo_show_text_glyphs`, so the PDF's text is the source text.
///
/// The PDF is tagged coarsely (a `Document` around everything, `H1`/`P`/`L` from each page's
/// structure spans), carries the pages' labels, bookmarks and links, and on `finish` gets the
/// document language and any trim and bleed boxes through an incremental update.
public final class PDFWriter: DocumentSink {
    /// Where the PDF goes.
    public enum Destination: Sendable, Hashable {
        /// A file at this path (the caller writes to a temporary path and renames it).
        case file(String)
        /// Memory: the bytes are `data` once `finish` has returned.
        case memory

        /// The file's path, or words for memory, for messages.
        var name: String {
            switch self {
            case .file(let path): path
            case .memory: "the PDF in memory"
            }
        }
    }

    private let surface: OpaquePointer
    private let destination: Destination
    /// The bytes cairo has written so far, for `.memory`.
    private let bytes: CairoBytes?
    private let metadata: DocumentMetadata
    private let drawer: PageDrawer
    private var outline = OutlineLevels()
    private var printBoxes: [Int: PrintBoxes] = [:]
    private var pageHeights: [Int: Double] = [:]
    private var finished = false
    private var size = (width: 595.2756, height: 841.8898)
    /// Pages written so far.
    public private(set) var pageCount = 0
    /// The finished PDF, for `.memory` once `finish` has returned; nil otherwise.
    public var data: Data? { finished ? bytes?.data : nil }

    /// Starts a PDF at `destination`. Faces for which `fontPrograms` has a program are embedded
    /// from it (see `FontProgram`).
    public init(_ destination: Destination, metadata: DocumentMetadata, fontPrograms: (any FontProgramSource)? = nil) throws(RenderError) {
        let created: OpaquePointer?
        switch destination {
        case .file(let path):
            bytes = nil
            created = cairo_pdf_surface_create(path, size.width, size.height)
        case .memory:
            let bytes = CairoBytes()
            self.bytes = bytes
            created = cairo_pdf_surface_create_for_stream(CairoBytes.append, Unmanaged.passUnretained(bytes).toOpaque(),
                                                          size.width, size.height)
        }
        guard let created else { throw RenderError("cairo could not create \(destination.name)") }
        self.surface = created
        self.destination = destination
        self.metadata = metadata
        self.drawer = PageDrawer(programs: fontPrograms)
        try CairoStatus.check(cairo_surface_status(surface), "creating \(destination.name)")
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        setMetadata(metadata)
    }

    deinit {
        // Unfinished means a page failed (or the caller gave up). cairo 1.16 crashes finishing or
        // destroying a tagged surface whose tags were left open by an error, so the surface is
        // left to the process's end; the caller deletes the partial file.
        guard finished || pageCount == 0 else { return }
        if !finished { cairo_surface_finish(surface) }
        cairo_surface_destroy(surface)
    }

    /// Draws `page` and emits it.
    public func add(_ page: Page) throws {
        if (page.width, page.height) != size {
            cairo_pdf_surface_set_size(surface, page.width, page.height)
            size = (page.width, page.height)
        }
        if let label = page.label { cairo_pdf_surface_set_page_label(surface, CairoText.acceptable(label)) }
        let context = cairo_create(surface)!
        defer { cairo_destroy(context) }
        paintBackground(context, width: page.width, height: page.height)
        // Link tags need an enclosing structure tag in cairo 1.16, or the PDF comes out damaged.
        if pageCount == 0 { cairo_tag_begin(context, "Document", nil) }
        try drawer.draw(page, in: context) { role, body in
            cairo_tag_begin(context, role.rawValue, nil)
            try body()
            cairo_tag_end(context, role.rawValue)
        }
        for link in page.links {
            let attributes = "uri='\(Self.escaped(CairoText.acceptable(link.target)))' rect=[\(link.x) \(link.y) \(link.width) \(link.height)]"
            cairo_tag_begin(context, CAIRO_TAG_LINK, attributes)
            cairo_tag_end(context, CAIRO_TAG_LINK)
        }
        pageCount += 1
        for bookmark in page.bookmarks {
            let parent = outline.parent(forLevel: bookmark.level)
            let id = cairo_pdf_surface_add_outline(surface, parent, CairoText.acceptable(bookmark.title), "page=\(pageCount) pos=[0 \(bookmark.y)]",
                                                   cairo_pdf_outline_flags_t(CAIRO_PDF_OUTLINE_FLAG_OPEN.rawValue))
            outline.added(id, atLevel: bookmark.level)
        }
        if let boxes = page.printBoxes {
            printBoxes[pageCount] = boxes
            pageHeights[pageCount] = page.height
        }
        cairo_show_page(context)
        // cairo's errors are sticky and silent: a bad run blanks everything after it.
        try CairoStatus.check(cairo_status(context), "drawing page \(pageCount)")
        try CairoStatus.check(cairo_surface_status(surface), "writing page \(pageCount)")
    }

    /// Covers the page with opaque white before anything is drawn on it. The page looks the same
    /// (paper is white), but cairo does much less work: while it analyses a page it unites every
    /// drawing's bounding box into one region, and with hundreds of text runs that region grows
    /// into hundreds of rectangles, each union costing time in proportion to them. Once the region
    /// is one rectangle holding the next box, a union returns at once (about a sixth of the PDF
    /// thread's time on a long signatory list).
    ///
    /// The rectangle is the page rounded down to whole points: after `cairo_pdf_surface_set_size`,
    /// cairo 1.16 records that page at its truncated size and would clip anything larger (a
    /// `cairo_paint`) with an explicit clip path.
    private func paintBackground(_ context: OpaquePointer, width: Double, height: Double) {
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_rectangle(context, 0, 0, width.rounded(.down), height.rounded(.down))
        cairo_fill(context)
    }

    /// Completes the file. Nothing may be added afterwards.
    public func finish() throws {
        guard !finished else { return }
        finished = true
        if pageCount > 0 {
            let context = cairo_create(surface)!
            cairo_tag_end(context, "Document")
            cairo_destroy(context)
        }
        cairo_surface_finish(surface)
        try CairoStatus.check(cairo_surface_status(surface), "finishing the PDF")
        var update = switch destination {
        case .file(let path): try PDFIncrementalUpdate(contentsOf: path)
        case .memory: try PDFIncrementalUpdate(bytes?.data ?? Data())
        }
        if let language = metadata.language { try update.setCatalogEntry("Lang", to: PDFIncrementalUpdate.string(language)) }
        // cairo 1.16 can leave out /MarkInfo (seen when a page starts with untagged drawing).
        if try update.catalogHas("StructTreeRoot"), try !update.catalogHas("MarkInfo") {
            try update.setCatalogEntry("MarkInfo", to: "<< /Marked true >>")
        }
        for (number, boxes) in printBoxes.sorted(by: { $0.key < $1.key }) {
            let height = pageHeights[number] ?? 0
            try update.setPageEntry(number, "TrimBox", to: PDFIncrementalUpdate.rectangle(boxes.trim, pageHeight: height))
            try update.setPageEntry(number, "BleedBox", to: PDFIncrementalUpdate.rectangle(boxes.bleed, pageHeight: height))
        }
        switch destination {
        case .file(let path): try update.append(toFile: path)
        case .memory: bytes?.data.append(contentsOf: try update.appendix())
        }
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
            cairo_pdf_surface_set_metadata(surface, key, CairoText.acceptable(value))
        }
    }

    /// ISO 8601 in UTC to the second ("2026-12-04T22:38:47Z"), the form cairo converts to a PDF
    /// date. Computed with the C library's `gmtime_r`: Foundation's `ISO8601DateFormatter` and
    /// `TimeZone` load Foundation's own ICU data, about 3 MB of the process's memory, for this
    /// one string.
    ///
    /// A PDF date has a four-digit year, so a date outside years 0001–9999 (or not a number, as
    /// `SOURCE_DATE_EPOCH=nan` gives) is written as the nearest end of that range.
    static func pdfDate(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        let clamped = interval.isNaN ? 0 : min(max(interval.rounded(.down), firstPDFSecond), lastPDFSecond)
        var seconds = time_t(clamped)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return "" }
        func digits(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(width - text.count, 0)) + text
        }
        return digits(parts.tm_year + 1900, 4) + "-" + digits(parts.tm_mon + 1, 2) + "-" + digits(parts.tm_mday, 2)
            + "T" + digits(parts.tm_hour, 2) + ":" + digits(parts.tm_min, 2) + ":" + digits(parts.tm_sec, 2) + "Z"
    }

    /// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, in seconds since 1970.
    private static let firstPDFSecond: Double = -62_135_596_800
    private static let lastPDFSecond: Double = 253_402_300_799

    /// A value for a single-quoted cairo tag attribute.
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}

/// The outline entries most recently added at each level, so a bookmark at level n nests under
/// the last one at level n - 1.
struct OutlineLevels {
    private var ids: [Int32] = []

    /// The parent for a bookmark at `level`: the latest entry one level up, or the root.
    func parent(forLevel level: Int) -> Int32 {
        level > 0 && level - 1 < ids.count ? ids[level - 1] : 0
    }

    mutating func added(_ id: Int32, atLevel level: Int) {
        ids = Array(ids.prefix(min(level, ids.count))) + [id]
    }
}
