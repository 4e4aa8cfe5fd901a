import CCairo

/// The character cairo's PDF surface has taken for each glyph of each font face, followed as
/// the drawer shows text, so that text cairo already knows can be shown without it.
///
/// cairo writes each glyph of a font subset once into the font's ToUnicode map, with the text of
/// the first cluster it was shown in when that cluster is one glyph showing one character
/// (`_cairo_sub_font_map_glyph` in cairo-scaled-font-subsets.c), and with a character read back
/// from the font's cmap otherwise. A later cluster of one glyph whose text matches that
/// character is written as the bare glyph; any other text needs a `/Span << /ActualText >>`.
/// So a left-to-right run in which every cluster is one glyph showing the character cairo has
/// already taken for it comes out byte for byte the same from `cairo_show_glyphs`, which does
/// not make cairo copy, validate and compare the text again (about 3 % of the PDF thread's
/// instructions on a long list of names).
///
/// cairo keeps the characters per font face for glyphs with outlines (every glyph of a scalable
/// face, since it asks FreeType for outlines only), and per face and size for bitmap glyphs; so
/// in a face without outlines a character counts only at the size it was taken at.
/// User fonts (the moved marks of ``OffsetGlyphFont``) are never shown without text.
struct CairoGlyphTexts {
    /// Per face, per glyph id: 0 not shown yet, 1 shown first with text cairo did not take
    /// (or a glyph drawn at too many sizes to follow), else 2 + (size number << 21 | scalar).
    /// A document draws with a handful of faces: a search of the list beats hashing.
    private var faces: [OpaquePointer] = []
    private var tables: [FaceGlyphs] = []

    fileprivate struct FaceGlyphs {
        var glyphs: [UInt32] = []
        var sizes: [Double] = []
        let kind: FaceKind

        /// The number standing for `size`: always 0 in a face of outlines.
        func sizeNumber(of size: Double) -> Int? {
            kind == .outlines ? 0 : sizes.firstIndex(of: size)
        }
    }

    /// cairo keeps glyphs with outlines in one subset per face, others (bitmaps) per face and size.
    fileprivate enum FaceKind {
        case outlines, bitmaps, userFont
    }

    fileprivate static let unseen: UInt32 = 0
    fileprivate static let unknown: UInt32 = 1
    fileprivate static let maximumSizes = 255

    /// Whether cairo would write `glyphs` shown with `clusters` of `text` (forward, at `size`
    /// with `face`) exactly as the bare glyphs: each cluster is one glyph showing one character
    /// that cairo has already taken as that glyph's text.
    func knowAll(_ glyphs: UnsafeBufferPointer<cairo_glyph_t>, clusters: UnsafeBufferPointer<cairo_text_cluster_t>,
                 text: UnsafeBufferPointer<UInt8>, face: OpaquePointer, size: Double) -> Bool {
        guard let table = faces.firstIndex(of: face), tables[table].kind != .userFont, glyphs.count == clusters.count,
              let sizeNumber = tables[table].sizeNumber(of: size) else { return false }
        return tables[table].glyphs.withUnsafeBufferPointer { known in
            var byte = 0
            for index in clusters.indices {
                let cluster = clusters[index]
                guard cluster.num_glyphs == 1, let scalar = Self.onlyScalar(in: text, from: byte, count: Int(cluster.num_bytes)) else {
                    return false
                }
                byte += Int(cluster.num_bytes)
                let id = Int(glyphs[index].index)
                guard id < known.count, known[id] == Self.entry(scalar, sizeNumber: sizeNumber) else { return false }
            }
            return true
        }
    }

    /// Records what cairo takes from showing `glyphs` with `clusters` of `text` at `size` with
    /// `face` (clusters taking glyphs from the last backwards when `backward`).
    mutating func record(_ glyphs: UnsafeBufferPointer<cairo_glyph_t>, clusters: UnsafeBufferPointer<cairo_text_cluster_t>,
                         text: UnsafeBufferPointer<UInt8>, backward: Bool, face: OpaquePointer, size: Double) {
        let table = faces.firstIndex(of: face) ?? {
            faces.append(face)
            tables.append(FaceGlyphs(kind: Self.kind(of: face)))
            return faces.count - 1
        }()
        guard tables[table].kind != .userFont else { return }
        tables[table].record(glyphs, clusters: clusters, text: text, backward: backward, size: size)
    }
}

extension CairoGlyphTexts.FaceGlyphs {
    mutating func record(_ glyphs: UnsafeBufferPointer<cairo_glyph_t>, clusters: UnsafeBufferPointer<cairo_text_cluster_t>,
                         text: UnsafeBufferPointer<UInt8>, backward: Bool, size: Double) {
        let sizeNumber: Int? = sizeNumber(of: size) ?? {
            guard sizes.count < CairoGlyphTexts.maximumSizes else { return nil }
            sizes.append(size)
            return sizes.count - 1
        }()
        var byte = 0
        var glyphStart = backward ? glyphs.count : 0
        for cluster in clusters {
            let glyphCount = Int(cluster.num_glyphs)
            if backward { glyphStart -= glyphCount }
            let scalar = cluster.num_glyphs == 1 ? CairoGlyphTexts.onlyScalar(in: text, from: byte, count: Int(cluster.num_bytes)) : nil
            for id in glyphs[glyphStart..<glyphStart + glyphCount].lazy.map({ Int($0.index) }) {
                if id >= self.glyphs.count { self.glyphs += repeatElement(CairoGlyphTexts.unseen, count: id + 1 - self.glyphs.count) }
                guard self.glyphs[id] == CairoGlyphTexts.unseen else { continue }
                self.glyphs[id] = if let scalar, let sizeNumber { CairoGlyphTexts.entry(scalar, sizeNumber: sizeNumber) } else { CairoGlyphTexts.unknown }
            }
            byte += Int(cluster.num_bytes)
            if !backward { glyphStart += glyphCount }
        }
    }
}

extension CairoGlyphTexts {
    fileprivate static func kind(of face: OpaquePointer) -> FaceKind {
        if cairo_font_face_get_type(face) == CAIRO_FONT_TYPE_USER { return .userFont }
        return FreeTypeFaces.isScalable(face) ? .outlines : .bitmaps
    }

    fileprivate static func entry(_ scalar: UInt32, sizeNumber: Int) -> UInt32 {
        2 + (UInt32(sizeNumber) << 21 | scalar)
    }

    /// The one character `count` bytes of UTF-8 from `start` hold, or nil when they hold none,
    /// several, or U+0000 (which cairo cuts from a cluster's text).
    @inline(__always)
    fileprivate static func onlyScalar(in text: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> UInt32? {
        guard count > 0, start + count <= text.count else { return nil }
        let lead = UInt32(text[start])
        if count == 1 { return lead > 0 && lead < 0x80 ? lead : nil }
        let (length, initial): (Int, UInt32) = switch lead {
        case 0xC2..<0xE0: (2, lead & 0x1F)
        case 0xE0..<0xF0: (3, lead & 0x0F)
        case 0xF0..<0xF5: (4, lead & 0x07)
        default: (0, 0)
        }
        guard length == count else { return nil }
        var scalar = initial
        for offset in 1..<length {
            let byte = UInt32(text[start + offset])
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | byte & 0x3F
        }
        return Unicode.Scalar(scalar) == nil ? nil : scalar
    }
}
