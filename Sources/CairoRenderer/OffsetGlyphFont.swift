import CCairo
import Synchronization

/// A cairo user font (a Type 3 font in a PDF) whose glyphs are the glyphs of another font face
/// moved by an offset: a raised mark drawn with it sits on the baseline as far as a PDF reader's
/// text extraction is concerned, while its outline is where the shaper put it (see
/// ``BaselineMarks``). Its glyphs are filled outlines of the other face, so they print exactly as
/// that face's glyphs; each offset in use becomes one glyph of the Type 3 font.
final class OffsetGlyphFont {
    /// The user font face; this object owns one reference to it.
    let face: OpaquePointer
    private let glyphs: OffsetGlyphs

    /// A font of glyphs of `inner` (a cairo font face, which it keeps a reference to).
    init(over inner: OpaquePointer) throws(RenderError) {
        let face = cairo_user_font_face_create()!
        let glyphs = OffsetGlyphs(inner: inner)
        let retained = Unmanaged.passRetained(glyphs)
        let status = cairo_font_face_set_user_data(face, &offsetGlyphsKey, retained.toOpaque()) { pointer in
            guard let pointer else { return }
            Unmanaged<OffsetGlyphs>.fromOpaque(pointer).release()
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            retained.release()
            cairo_font_face_destroy(face)
            throw RenderError("cairo could not make a font of moved marks: \(String(cString: cairo_status_to_string(status)))")
        }
        cairo_user_font_face_set_init_func(face, initOffsetFont)
        cairo_user_font_face_set_render_glyph_func(face, renderOffsetGlyph)
        self.face = face
        self.glyphs = glyphs
    }

    deinit {
        cairo_font_face_destroy(face)
    }

    /// This font's glyph index for `offset`, made on first use.
    func index(of offset: GlyphOffset) -> UInt {
        UInt(glyphs.index(of: offset))
    }
}

/// The offsets a font's glyph indices stand for, shared with cairo's render callback, which may
/// run on another thread and after the drawer is gone (when the PDF's fonts are written).
private final class OffsetGlyphs: Sendable {
    private let table = Mutex(Table())
    private nonisolated(unsafe) let inner: OpaquePointer

    struct Table {
        var offsets: [GlyphOffset] = []
        var indices: [GlyphOffset: Int] = [:]
    }

    init(inner: OpaquePointer) {
        self.inner = cairo_font_face_reference(inner)
    }

    deinit {
        cairo_font_face_destroy(inner)
    }

    /// The glyph index of `offset`, made on first use.
    func index(of offset: GlyphOffset) -> Int {
        table.withLock { table in
            if let index = table.indices[offset] { return index }
            table.offsets.append(offset)
            table.indices[offset] = table.offsets.count - 1
            return table.offsets.count - 1
        }
    }

    /// Fills the outline of the glyph `index` stands for on `context`, in font space (one unit is
    /// an em), and sets its extents: no advance (its run positions every glyph), and for an
    /// inkless glyph a box a fiftieth of an em wide and half an em high.
    func render(_ index: Int, on context: OpaquePointer, extents: UnsafeMutablePointer<cairo_text_extents_t>) -> cairo_status_t {
        guard let offset = table.withLock({ table in table.offsets.indices.contains(index) ? table.offsets[index] : nil }) else {
            return CAIRO_STATUS_USER_FONT_ERROR
        }
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_set_font_options(context, options)
        cairo_font_options_destroy(options)
        cairo_set_font_face(context, inner)
        cairo_set_font_size(context, 1)
        var glyph = cairo_glyph_t(index: UInt(offset.glyph), x: Double(offset.dx) / 1000, y: Double(offset.dy) / 1000)
        cairo_glyph_path(context, &glyph, 1)
        cairo_fill(context)
        if offset.inkless {
            extents.pointee = cairo_text_extents_t(x_bearing: glyph.x, y_bearing: glyph.y - 0.5, width: 0.02, height: 0.5,
                                                   x_advance: 0, y_advance: 0)
        } else {
            extents.pointee.x_advance = 0
            extents.pointee.y_advance = 0
        }
        return cairo_status(context)
    }
}

/// Font extents wide enough for any moved glyph: cairo judges from them whether a glyph can touch
/// the page, and drops one whose ink lies beyond them (a shadda raised 0.75 em over a tall letter
/// reaches 1.3 em above the baseline).
private let initOffsetFont: cairo_user_scaled_font_init_func_t = { _, _, extents in
    extents?.pointee = cairo_font_extents_t(ascent: 4, descent: 4, height: 8, max_x_advance: 4, max_y_advance: 0)
    return CAIRO_STATUS_SUCCESS
}

private let renderOffsetGlyph: cairo_user_scaled_font_render_glyph_func_t = { scaledFont, index, context, extents in
    guard let scaledFont, let context, let extents,
          let pointer = cairo_font_face_get_user_data(cairo_scaled_font_get_font_face(scaledFont), &offsetGlyphsKey) else {
        return CAIRO_STATUS_USER_FONT_ERROR
    }
    return Unmanaged<OffsetGlyphs>.fromOpaque(pointer).takeUnretainedValue().render(Int(index), on: context, extents: extents)
}

/// The key under which a user font face keeps its ``OffsetGlyphs``.
nonisolated(unsafe) private var offsetGlyphsKey = cairo_user_data_key_t()
