import CCairo
import CSVGShim
import DisplayList
import Foundation

/// Draws display-list items on a cairo context, for every output (PDF pages and PNG previews
/// share it). Keeps the cairo font faces it opened, and the images it loaded, for its lifetime.
///
/// With a `FontProgramSource`, a run is drawn with its face's program when the program holds all
/// of the run's glyphs, and with the font file otherwise, so a glyph the program left out still
/// prints (the PDF then embeds that face twice).
final class PageDrawer {
    private let programs: (any FontProgramSource)?
    /// The fonts drawn so far, searched in order: a document uses a handful of fonts, and
    /// comparing a few paths is cheaper than hashing one for every run.
    private var fonts: [DrawnFont] = []
    private var images: [String: OpaquePointer] = [:]
    private var offsetFonts: [OpaquePointer: OffsetGlyphFont] = [:]
    private let state = DrawingState()
    private var buffers = GlyphRunBuffers()

    init(programs: (any FontProgramSource)? = nil) {
        self.programs = programs
    }

    deinit {
        for font in fonts {
            for face in [font.fromFile, font.fromProgram] { if let face { cairo_font_face_destroy(face) } }
        }
        for image in images.values { cairo_surface_destroy(image) }
    }

    /// Draws `items` in order; `wrap` is called around each structure span (the PDF writer opens
    /// and closes a tag there), with the span's role and a closure drawing its items.
    func draw(_ page: Page, in context: OpaquePointer,
              wrap: (StructureRole, () throws -> Void) throws -> Void = { _, body in try body() }) throws {
        state.begin()
        buffers.discard()
        var next = 0
        for span in page.structure.sorted(by: { $0.items.lowerBound < $1.items.lowerBound }) where span.items.lowerBound >= next {
            try draw(page.items[next..<span.items.lowerBound], in: context)
            try showPendingText(in: context)
            try wrap(span.role) {
                try draw(page.items[span.items], in: context)
                try showPendingText(in: context)
            }
            next = span.items.upperBound
        }
        try draw(page.items[next...], in: context)
        try showPendingText(in: context)
    }

    private func draw(_ items: ArraySlice<PageItem>, in context: OpaquePointer) throws {
        for item in items {
            switch item {
            case .glyphs(let run): try draw(run, in: context)
            case .rule(let rule): try showPendingText(in: context); draw(rule, in: context)
            case .image(let image): try showPendingText(in: context); try draw(image, in: context)
            case .box(let box): try showPendingText(in: context); draw(box, in: context)
            }
        }
    }

    private func draw(_ run: GlyphRun, in context: OpaquePointer) throws(RenderError) {
        guard !run.glyphs.isEmpty else { return }
        let font = drawnFont(run.font)
        // The face's program when it holds every glyph of the run, renumbered to its ids.
        if let program = font.program, let glyphs = Self.renumbered(run.glyphs, by: program.glyphIDs) {
            var renumbered = run
            renumbered.glyphs = glyphs
            return try draw(renumbered, with: try face(of: font, program: program), in: context)
        }
        try draw(run, with: try fileFace(of: font), in: context)
    }

    /// `glyphs` with the ids a font program gave them, or nil when the program lacks one.
    private static func renumbered(_ glyphs: [PositionedGlyph], by ids: [UInt32: UInt32]) -> [PositionedGlyph]? {
        var renumbered = glyphs
        for index in renumbered.indices {
            guard let id = ids[renumbered[index].id] else { return nil }
            renumbered[index].id = id
        }
        return renumbered
    }

    private func draw(_ run: GlyphRun, with face: OpaquePointer, in context: OpaquePointer) throws(RenderError) {
        guard let pieces = BaselineMarks.pieces(of: run) else { return try show(run, with: face, in: context) }
        var precedingClusters = 0
        for piece in pieces {
            var pieceRun = piece.run(like: run)
            defer { precedingClusters += pieceRun.clusters.count }
            guard let offsets = piece.offsets else {
                try show(pieceRun, with: face, precedingClusters: precedingClusters, in: context)
                continue
            }
            let font = try offsetFont(over: face)
            for index in pieceRun.glyphs.indices { pieceRun.glyphs[index].id = UInt32(font.index(of: offsets[index])) }
            try show(pieceRun, with: font.face, precedingClusters: precedingClusters, in: context)
        }
    }

    /// Adds `run` to the text pending, shown in one cairo call with the runs before it that share
    /// its face, size and grey (see ``GlyphRunBuffers/add(_:face:consistent:precedingClusters:)``).
    private func show(_ run: GlyphRun, with face: OpaquePointer, precedingClusters: Int = 0,
                      in context: OpaquePointer) throws(RenderError) {
        let consistent = run.hasConsistentClusters
        let joins = buffers.hasPending && buffers.acceptsMore && consistent && !run.clustersAreBackward
            && state.isCurrent(face, size: run.size, gray: run.gray)
        if !joins {
            try showPendingText(in: context)
            state.setFont(face, size: run.size, in: context)
            state.setGray(run.gray, in: context)
        }
        buffers.add(run, face: face, consistent: consistent, precedingClusters: precedingClusters)
    }

    /// Shows the text pending with the font and grey set for it; called before anything else is
    /// drawn or tagged, and at the end of the page.
    private func showPendingText(in context: OpaquePointer) throws(RenderError) {
        guard buffers.hasPending else { return }
        buffers.show(in: context)
        // cairo checks the cluster map itself; a bad one would silently blank everything after it.
        let status = cairo_status(context)
        if status == CAIRO_STATUS_INVALID_CLUSTERS {
            throw RenderError("a glyph run's cluster map does not match its text \"\(buffers.pendingText)\"")
        }
        try CairoStatus.check(status, "drawing the text \"\(buffers.pendingText)\"")
    }

    private func draw(_ rule: Rule, in context: OpaquePointer) {
        state.setGray(rule.gray, in: context)
        cairo_set_line_width(context, rule.thickness)
        cairo_move_to(context, rule.x0, rule.y0)
        cairo_line_to(context, rule.x1, rule.y1)
        cairo_stroke(context)
    }

    private func draw(_ box: FilledBox, in context: OpaquePointer) {
        cairo_set_source_rgb(context, box.color.red, box.color.green, box.color.blue)
        state.forgetColor()
        cairo_rectangle(context, box.x, box.y, box.width, box.height)
        cairo_fill(context)
    }

    private func draw(_ image: PlacedImage, in context: OpaquePointer) throws(RenderError) {
        if image.format == .svg { return try drawVector(image, in: context) }
        let surface = try self.image(at: image.path)
        let width = Double(cairo_image_surface_get_width(surface))
        let height = Double(cairo_image_surface_get_height(surface))
        guard width > 0, height > 0 else { return }
        cairo_save(context)
        cairo_translate(context, image.x, image.y)
        cairo_scale(context, image.width / width, image.height / height)
        cairo_set_source_surface(context, surface, 0, 0)
        cairo_paint(context)
        cairo_restore(context)
        try CairoStatus.check(cairo_status(context), "drawing the image \(image.path)")
    }

    /// An SVG file, drawn as vectors by librsvg into the rectangle.
    private func drawVector(_ image: PlacedImage, in context: OpaquePointer) throws(RenderError) {
        var message = [CChar](repeating: 0, count: 512)
        cairo_save(context)
        let status = pp_svg_render(image.path, UnsafeMutableRawPointer(context), image.x, image.y, image.width, image.height,
                                   &message, Int32(message.count))
        cairo_restore(context)
        guard status == 0 else {
            throw RenderError(String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), file: image.path)
        }
        try CairoStatus.check(cairo_status(context), "drawing the image \(image.path)")
    }

    private func image(at path: String) throws(RenderError) -> OpaquePointer {
        if let image = images[path] { return image }
        let image = cairo_image_surface_create_from_png(path)!
        let status = cairo_surface_status(image)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(image)
            throw RenderError("cannot read the PNG image: \(String(cString: cairo_status_to_string(status)))", file: path)
        }
        images[path] = image
        return image
    }

    /// The cairo face of `font`'s program, opened when first needed.
    private func face(of font: DrawnFont, program: FontProgram) throws(RenderError) -> OpaquePointer {
        if let face = font.fromProgram { return face }
        let face = try FreeTypeFaces.cairoFace(for: font.reference, program: program)
        font.fromProgram = face
        return face
    }

    /// The cairo face of `font`'s file, opened when first needed.
    private func fileFace(of font: DrawnFont) throws(RenderError) -> OpaquePointer {
        if let face = font.fromFile { return face }
        let face = try FreeTypeFaces.cairoFace(for: font.reference)
        font.fromFile = face
        return face
    }

    /// The font of moved marks drawn over `face` (see ``BaselineMarks``).
    private func offsetFont(over face: OpaquePointer) throws(RenderError) -> OffsetGlyphFont {
        if let font = offsetFonts[face] { return font }
        let font = try OffsetGlyphFont(over: face)
        offsetFonts[face] = font
        return font
    }

    private func drawnFont(_ reference: FontReference) -> DrawnFont {
        if let font = fonts.first(where: { $0.reference.faceIndex == reference.faceIndex && $0.reference.path == reference.path }) {
            return font
        }
        let font = DrawnFont(reference: reference, program: programs?.program(for: reference))
        fonts.append(font)
        return font
    }
}

/// A font as drawn: its program, if the writer has one for it, and the cairo faces made from the
/// file and from the program, each opened when a run first needs it.
private final class DrawnFont {
    let reference: FontReference
    let program: FontProgram?
    var fromFile: OpaquePointer?
    var fromProgram: OpaquePointer?

    init(reference: FontReference, program: FontProgram?) {
        self.reference = reference
        self.program = program
    }
}

/// Bytes cairo writes into memory (a PDF, a PNG image) through its stream callback; pass
/// `Unmanaged.passUnretained(bytes).toOpaque()` as the closure and keep `bytes` alive meanwhile.
final class CairoBytes {
    var data = Data()

    static let append: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<CairoBytes>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }
}

/// The font and grey last set on one cairo context, so a run that draws like the one before it
/// sets nothing, and a font drawn before on the page is set again without a lookup.
///
/// Setting a face and a size makes cairo look the scaled font up in its global font map (a lock
/// and a hash of the face, matrices and options) at the next text. A page alternates a few fonts
/// (a name, then its details), so the scaled font cairo made for each face and size is kept and
/// set back with `cairo_set_scaled_font`, which reuses it as it is. The kept fonts belong to one
/// context's transformation: `begin` starts each page afresh.
final class DrawingState {
    private var face: OpaquePointer?
    private var size: Double?
    private var gray: Double?
    private var scaledFonts: [(face: OpaquePointer, size: Double, font: OpaquePointer)] = []

    deinit { releaseScaledFonts() }

    /// Forgets everything set: a new context, or a page whose transformation may differ.
    func begin() {
        releaseScaledFonts()
        face = nil
        size = nil
        gray = nil
    }

    /// Sets the font face and size for the next text, where they differ from the last ones set.
    func setFont(_ face: OpaquePointer, size: Double, in context: OpaquePointer) {
        guard face != self.face || size != self.size else { return }
        self.face = face
        self.size = size
        if let kept = scaledFonts.first(where: { $0.face == face && $0.size == size }) {
            cairo_set_scaled_font(context, kept.font)
            return
        }
        cairo_set_font_face(context, face)
        cairo_set_font_size(context, size)
        // cairo makes the scaled font here (or finds it in its font map); an error stays on it.
        guard let made = cairo_get_scaled_font(context), cairo_scaled_font_status(made) == CAIRO_STATUS_SUCCESS else { return }
        scaledFonts.append((face, size, cairo_scaled_font_reference(made)))
    }

    /// Whether the last font face, size and grey set are these.
    func isCurrent(_ face: OpaquePointer, size: Double, gray: Double) -> Bool {
        face == self.face && size == self.size && gray == self.gray
    }

    /// Sets the source to a grey level (0 black ... 1 white), where it differs from the last one.
    func setGray(_ gray: Double, in context: OpaquePointer) {
        guard gray != self.gray else { return }
        cairo_set_source_rgb(context, gray, gray, gray)
        self.gray = gray
    }

    /// Forgets the colour: the source was set to something other than a grey (a coloured box).
    func forgetColor() {
        gray = nil
    }

    private func releaseScaledFonts() {
        for kept in scaledFonts { cairo_scaled_font_destroy(kept.font) }
        scaledFonts.removeAll(keepingCapacity: true)
    }
}
