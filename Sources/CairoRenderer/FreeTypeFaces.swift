import CCairo
import CFreeType
import DisplayList
import Synchronization

/// Opens font files for cairo through FreeType. One FreeType library serves the process; opening
/// faces is serialised because FreeType's library object is not thread-safe. Each face is handed to
/// cairo with a destroy callback, so it lives exactly as long as cairo's font face (cairo may cache
/// font faces past the surface's end).
enum FreeTypeFaces {
    private static let library = Mutex<OpaquePointer?>(nil)

    /// A cairo font face for `reference`; the caller owns one reference to it.
    static func cairoFace(for reference: FontReference) throws(RenderError) -> OpaquePointer {
        let ftFace: FT_Face = try library.withLock { library throws(RenderError) -> FT_Face in
            if library == nil {
                var created: FT_Library?
                guard FT_Init_FreeType(&created) == 0, let created else {
                    throw RenderError("FreeType could not be initialised")
                }
                library = created
            }
            var face: FT_Face?
            guard FT_New_Face(library, reference.path, reference.faceIndex, &face) == 0, let face else {
                throw RenderError("FreeType cannot open \(reference.path) face \(reference.faceIndex)")
            }
            return face
        }
        let cairoFace = cairo_ft_font_face_create_for_ft_face(ftFace, 0)!
        let status = cairo_font_face_set_user_data(cairoFace, &userDataKey, UnsafeMutableRawPointer(ftFace)) { pointer in
            guard let pointer else { return }
            FreeTypeFaces.close(pointer.assumingMemoryBound(to: FT_FaceRec_.self))
        }
        if status != CAIRO_STATUS_SUCCESS {
            cairo_font_face_destroy(cairoFace)
            close(ftFace)
            throw RenderError("cairo could not take the font \(reference.path): \(String(cString: cairo_status_to_string(status)))")
        }
        return cairoFace
    }

    private static func close(_ face: FT_Face) {
        library.withLock { _ in _ = FT_Done_Face(face) }
    }
}

/// The key under which a cairo font face keeps its FreeType face.
nonisolated(unsafe) private var userDataKey = cairo_user_data_key_t()
