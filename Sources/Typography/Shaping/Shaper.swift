import CHarfBuzz

/// Shapes text with HarfBuzz: the default OpenType features (kerning, ligatures, contextual forms,
/// mark placement) are on.
public enum Shaper {
    /// Shapes `range` of `text` with `face`. The whole `text` is given to HarfBuzz as context, so
    /// Arabic joining and similar contextual forms see the neighbours outside the range. Glyphs come
    /// back in visual order (right-to-left runs are reversed), clusters as UTF-16 offsets into `text`.
    public static func shape(_ text: [UInt16], range: Range<Int>, face: FontFace,
                             direction: TextDirection, script: Script, language: String) -> [ShapedGlyph] {
        guard !range.isEmpty else { return [] }
        let buffer = hb_buffer_create()
        defer { hb_buffer_destroy(buffer) }
        text.withUnsafeBufferPointer { pointer in
            hb_buffer_add_utf16(buffer, pointer.baseAddress, Int32(text.count), UInt32(range.lowerBound), Int32(range.count))
        }
        hb_buffer_set_direction(buffer, direction == .rightToLeft ? HB_DIRECTION_RTL : HB_DIRECTION_LTR)
        hb_buffer_set_script(buffer, hb_script_from_string(script.isoCode, 4))
        hb_buffer_set_language(buffer, hb_language_from_string(language, Int32(language.utf8.count)))
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
        return glyphs
    }
}
