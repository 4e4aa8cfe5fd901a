import CHarfBuzz
import DisplayList

/// Cuts a face down to what a set of characters can produce — their glyphs in the cmap and every
/// glyph the face's substitutions (ligatures, localised and contextual forms) can reach from them —
/// with HarfBuzz's subsetter, renumbering the glyphs, so the result can stand in for the face when
/// a PDF embeds it (see `FontProgram`).
public enum FontSubsetter {
    /// The face of `reference` cut down to `characters`; nil when the file cannot be read or
    /// HarfBuzz cannot subset it (the caller then embeds from the whole file).
    public static func program(for reference: FontReference, characters: ScalarSet) -> FontProgram? {
        guard let face = try? FontFace(reference) else { return nil }
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let unicodes = hb_subset_input_unicode_set(input)
        for scalar in characters.scalars { hb_set_add(unicodes, scalar.value) }
        guard let plan = hb_subset_plan_create_or_fail(face.face, input) else { return nil }
        defer { hb_subset_plan_destroy(plan) }
        let kept = hb_subset_plan_old_to_new_glyph_mapping(plan)
        var glyphIDs: [UInt32: UInt32] = [:]
        for glyph in 0..<hb_face_get_glyph_count(face.face) where hb_map_has(kept, glyph) != 0 {
            glyphIDs[glyph] = hb_map_get(kept, glyph)
        }
        guard let subset = hb_subset_plan_execute_or_fail(plan) else { return nil }
        defer { hb_face_destroy(subset) }
        let blob = hb_face_reference_blob(subset)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let bytes = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        return FontProgram(data: FontBytes(copying: UnsafeRawBufferPointer(start: bytes, count: Int(length))), glyphIDs: glyphIDs)
    }
}
