import CHarfBuzz

/// Shapes text with HarfBuzz: the default OpenType features (kerning, ligatures, contextual forms,
/// mark placement) are on.
public enum Shaper {
    /// Shapes `range` of `text` with `face`. The whole `text` is given to HarfBuzz as context, so
    /// Arabic joining and similar contextual forms see the neighbours outside the range. Glyphs come
    /// back in visual order (right-to-left runs are reversed), clusters as UTF-16 offsets into `text`,
    /// placed as HarfBuzz placed them except for glyphs that share an origin in right-to-left runs
    /// (see `separateSharedOrigins`).
    public static func shape(_ text: [UInt16], range: Range<Int>, face: FontFace,
                             direction: TextDirection, script: Script, language: String) -> [ShapedGlyph] {
        guard !range.isEmpty else { return [] }
        let buffer = hb_buffer_create()
        defer { hb_buffer_destroy(buffer) }
        text.withUnsafeBufferPointer { pointer in
            hb_buffer_add_utf16(buffer, pointer.baseAddress, Int32(text.count), UInt32(range.lowerBound), Int32(range.count))
        }
        hb_buffer_set_direction(buffer, direction == .rightToLeft ? HB_DIRECTION_RTL : HB_DIRECTION_LTR)
        // The script from its tag and the language through `withCString`: passing a short
        // Swift string as a C string argument copies it into a new array each time.
        hb_buffer_set_script(buffer, hb_script_from_iso15924_tag(script.isoTag))
        language.withCString { hb_buffer_set_language(buffer, hb_language_from_string($0, Int32(language.utf8.count))) }
        hb_buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS)
        hb_shape(face.font, buffer, nil, 0)

        var count: UInt32 = 0
        let infos = hb_buffer_get_glyph_infos(buffer, &count)!
        let positions = hb_buffer_get_glyph_positions(buffer, &count)!
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(Int(count))
        for index in 0..<Int(count) {
            let info = infos[index]
            let position = positions[index]
            glyphs.append(ShapedGlyph(
                id: info.codepoint,
                cluster: Int(info.cluster),
                xAdvance: Double(position.x_advance),
                xOffset: Double(position.x_offset),
                yOffset: Double(position.y_offset)))
        }
        removeSelectorSpaces(&glyphs, text: text, face: face)
        if direction == .rightToLeft { separateSharedOrigins(&glyphs, unitsPerEm: face.unitsPerEm) }
        return glyphs
    }

    /// Drops the glyphs HarfBuzz leaves for the invisible parts of an emoji sequence (variation
    /// selectors, tags, and a ZWJ next to an emoji): the font's space glyph with no advance. cairo
    /// gives each glyph of a font one text in the PDF, so after "❤️" every later space drawn with
    /// that font copied out as U+FE0F ("E ❤️ F" read "E ❤️F"). Without its glyph the character's
    /// text joins its neighbour's cluster, as in a ligature. Other invisible characters (ZWNJ in
    /// Persian, ZWJ in Indic conjuncts, soft hyphens) keep their glyph.
    static func removeSelectorSpaces(_ glyphs: inout [ShapedGlyph], text: [UInt16], face: FontFace) {
        var space: hb_codepoint_t = 0
        guard hb_font_get_nominal_glyph(face.font, 0x20, &space) != 0, glyphs.contains(where: { $0.id == space && $0.xAdvance == 0 }) else {
            return
        }
        glyphs.removeAll { glyph in
            guard glyph.id == space, glyph.xAdvance == 0, let scalar = scalar(in: text, at: glyph.cluster) else { return false }
            if scalar.properties.isVariationSelector || (0xE0020...0xE007F).contains(scalar.value) { return true }
            guard scalar.value == 0x200D else { return false }
            let before = glyph.cluster > 0 ? Self.scalar(in: text, at: glyph.cluster - 1) : nil
            return before.map { $0.properties.isEmoji && $0.value > 0xFF } ?? false
        }
    }

    /// The scalar starting at UTF-16 offset `offset` (the trailing half of a pair counts as its
    /// pair, for the unit before a ZWJ).
    private static func scalar(in text: [UInt16], at offset: Int) -> Unicode.Scalar? {
        guard text.indices.contains(offset) else { return nil }
        let unit = text[offset]
        if unit & 0xFC00 == 0xDC00, offset > 0, text[offset - 1] & 0xFC00 == 0xD800 {
            return Unicode.Scalar(0x10000 + ((UInt32(text[offset - 1]) - 0xD800) << 10) + (UInt32(unit) - 0xDC00))
        }
        if unit & 0xFC00 == 0xD800, offset + 1 < text.count, text[offset + 1] & 0xFC00 == 0xDC00 {
            return Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(text[offset + 1]) - 0xDC00))
        }
        return Unicode.Scalar(unit)
    }

    /// How far a glyph sharing its origin with the next one moves left: 1/500 em (0.02 pt at
    /// 11 pt, far below any printer's dot, and still a distinct position in cairo's PDF text,
    /// which keeps 1/1000 em).
    static var sharedOriginShift: Double { 0.002 }

    /// Gives each zero-advance glyph that HarfBuzz puts at the same origin as the glyph after it
    /// (in visual order) a position of its own, just left of that glyph. Noto Naskh Arabic draws
    /// the alef of lam-alef this way, on top of the lam. PDF extractors that order glyphs by
    /// position (poppler's `pdftotext`) otherwise put the alef after the lam it was drawn with
    /// (cairo writes right-to-left text in logical order), which breaks the word there or
    /// swaps the letters in the copied text; moved, the two read in visual order.
    static func separateSharedOrigins(_ glyphs: inout [ShapedGlyph], unitsPerEm: Double) {
        for index in glyphs.indices.dropLast() {
            let glyph = glyphs[index], next = glyphs[index + 1]
            guard glyph.xAdvance == 0, glyph.xOffset == next.xOffset, glyph.cluster != next.cluster else { continue }
            glyphs[index].xOffset -= unitsPerEm * sharedOriginShift
        }
    }
}

/// How a piece of text is to be set: which fonts, how big, in what language.
public struct TextStyle: Sendable {
    public var fontSet: FontSet
    public var weight: FontWeight
    /// Size in points.
    public var size: Double
    /// BCP 47 tag; picks shaping rules (HarfBuzz) and line-break tailoring (ICU).
    public var language: String

    public init(fontSet: FontSet, weight: FontWeight = .regular, size: Double, language: String) {
        self.fontSet = fontSet
        self.weight = weight
        self.size = size
        self.language = language
    }
}
