import CCairo
import DisplayList
import Foundation

/// Writes each display-list page as a PNG preview, `page-001.png`, `page-002.png`, ... in a
/// folder, at a chosen resolution, on white. Draws with the same code as the PDF writer. Each
/// file is written under a temporary name and renamed, so a preview is whole or absent.
public final class PNGWriter: PageSink {
    private let directory: URL
    private let resolution: Double
    private let drawer = PageDrawer()
    private let firstPages: Int?
    private var pagesSeen = 0
    /// The files written so far, in page order.
    public private(set) var files: [String] = []

    /// Previews go into `directory` (created if missing) at `resolution` dots per inch; with
    /// `firstPages`, only that many first pages are drawn and the rest pass by.
    public init(directory: String, resolution: Double, firstPages: Int? = nil) throws(RenderError) {
        self.firstPages = firstPages
        guard resolution >= 1, resolution <= 2400 else {
            throw RenderError("the preview resolution must be between 1 and 2400 dpi, got \(resolution)")
        }
        self.directory = URL(fileURLWithPath: directory)
        self.resolution = resolution
        do {
            try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
        } catch {
            throw RenderError("cannot create the preview folder \(directory): \(error.localizedDescription)")
        }
    }

    /// The pixel size of `page` at this writer's resolution.
    public func pixelSize(of page: Page) -> (width: Int, height: Int) {
        (Int((page.width * resolution / 72).rounded()), Int((page.height * resolution / 72).rounded()))
    }

    /// Draws `page` and writes its PNG file.
    public func add(_ page: Page) throws {
        pagesSeen += 1
        if let firstPages, pagesSeen > firstPages { return }
        let size = pixelSize(of: page)
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(size.width), Int32(size.height))!
        defer { cairo_surface_destroy(surface) }
        let context = cairo_create(surface)!
        defer { cairo_destroy(context) }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, resolution / 72, resolution / 72)
        try drawer.draw(page, in: context)
        try CairoStatus.check(cairo_status(context), "drawing the preview of page \(files.count + 1)")
        cairo_surface_flush(surface)
        let name = String(format: "page-%03d.png", files.count + 1)
        let destination = directory.appendingPathComponent(name).path
        let temporary = directory.appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).partial").path
        let status = cairo_surface_write_to_png(surface, temporary)
        guard status == CAIRO_STATUS_SUCCESS, rename(temporary, destination) == 0 else {
            unlink(temporary)
            throw RenderError("cannot write the preview \(destination): \(String(cString: cairo_status_to_string(status)))")
        }
        files.append(destination)
    }
}
