import CCairo
import DisplayList
import Foundation

/// One page drawn as a PNG image, in a file or in memory.
public struct PNGImage: Sendable, Hashable {
    /// The page's number in the document, from 1.
    public var page: Int
    /// The size in pixels.
    public var width: Int, height: Int
    /// The file written, for a writer into a folder.
    public var file: String?
    /// The PNG bytes, for a writer into memory.
    public var data: Data?
}

/// Draws display-list pages as PNG images, on white, at a chosen resolution, with the same code
/// as the PDF writer: into a folder (`page-001.png`, `page-002.png`, ... named by page number)
/// or into memory. Only the pages `drawsPage` picks are drawn; the others pass by at no cost. Each
/// file is written under a temporary name and renamed, so an image is whole or absent.
public final class PNGWriter: DocumentSink {
    /// Where the images go.
    public enum Destination: Sendable, Hashable {
        /// Files in this folder, created if missing.
        case folder(String)
        /// Memory: each image's `data`.
        case memory
    }

    private let destination: Destination
    private let resolution: Double
    private let drawsPage: @Sendable (Int) -> Bool
    private let drawer = PageDrawer()
    private var pagesSeen = 0
    /// The images drawn so far, in page order.
    public private(set) var images: [PNGImage] = []

    /// Images of the pages `drawsPage` picks (by number, from 1) go to `destination` at
    /// `resolution` dots per inch.
    public init(_ destination: Destination, resolution: Double,
                drawsPage: @escaping @Sendable (Int) -> Bool = { _ in true }) throws(RenderError) {
        guard resolution >= 1, resolution <= 2400 else {
            throw RenderError("the preview resolution must be between 1 and 2400 dpi, got \(resolution)")
        }
        self.destination = destination
        self.resolution = resolution
        self.drawsPage = drawsPage
        if case .folder(let folder) = destination {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw RenderError("cannot create the preview folder: \(error.localizedDescription)", file: folder)
            }
        }
    }

    /// The pixel size of `page` at this writer's resolution.
    public func pixelSize(of page: Page) -> (width: Int, height: Int) {
        (Int((page.width * resolution / 72).rounded()), Int((page.height * resolution / 72).rounded()))
    }

    /// Draws `page`, if it is one of those chosen, and writes its image.
    public func add(_ page: Page) throws {
        pagesSeen += 1
        guard drawsPage(pagesSeen) else { return }
        let size = pixelSize(of: page)
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(size.width), Int32(size.height))!
        defer { cairo_surface_destroy(surface) }
        let context = cairo_create(surface)!
        defer { cairo_destroy(context) }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, resolution / 72, resolution / 72)
        try drawer.draw(page, in: context)
        try CairoStatus.check(cairo_status(context), "drawing the preview of page \(pagesSeen)")
        cairo_surface_flush(surface)
        var image = PNGImage(page: pagesSeen, width: size.width, height: size.height)
        switch destination {
        case .folder(let folder): image.file = try write(surface, into: folder)
        case .memory: image.data = try encode(surface)
        }
        images.append(image)
    }

    /// Nothing is left to do: every image is complete when `add` returns.
    public func finish() throws {}

    private func write(_ surface: OpaquePointer, into folder: String) throws -> String {
        let name = String(format: "page-%03d.png", pagesSeen)
        let destination = (folder as NSString).appendingPathComponent(name)
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).partial")
        let status = cairo_surface_write_to_png(surface, temporary)
        guard status == CAIRO_STATUS_SUCCESS, rename(temporary, destination) == 0 else {
            unlink(temporary)
            throw RenderError("cannot write the preview: \(String(cString: cairo_status_to_string(status)))", file: destination)
        }
        return destination
    }

    private func encode(_ surface: OpaquePointer) throws -> Data {
        let buffer = CairoBytes()
        let status = cairo_surface_write_to_png_stream(surface, CairoBytes.append, Unmanaged.passUnretained(buffer).toOpaque())
        try CairoStatus.check(status, "encoding the preview of page \(pagesSeen)")
        return buffer.data
    }
}
