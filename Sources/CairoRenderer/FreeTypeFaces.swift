import CCairo
import CFreeType
import DisplayList
import Synchronization

/// Opens font files (or font programs made for embedding) for cairo through FreeType. One FreeType
/// library serves the process; opening and closing faces is serialised because FreeType's library
/// object is not thread-safe. Each face is handed to cairo with a destroy callback, so it (and the
/// program's bytes it reads from) lives exactly as long as cairo's font face (cairo may cache font
/// faces past the surface's end).
enum FreeTypeFaces {
    private static let library = Mutex<OpaquePointer?>(nil)

    /// A cairo font face for `reference`, read from `program` when one is given; the caller owns
    /// one reference to it.
    static func cairoFace(for reference: FontReference, program: FontProgram? = nil) throws(RenderError) -> OpaquePointer {
        let owned = try library.withLock { library throws(RenderError) -> OwnedFace in
            if library == nil {
                var created: FT_Library?
                guard FT_Init_FreeType(&created) == 0, let created else {
                    throw RenderError("FreeType could not be initialised")
                }
                library = created
            }
            return try OwnedFace(reference, program: program, library: library!)
        }
        let cairoFace = cairo_ft_font_face_create_for_ft_face(owned.face, 0)!
        let retained = Unmanaged.passRetained(owned)
        let status = cairo_font_face_set_user_data(cairoFace, &userDataKey, retained.toOpaque()) { pointer in
            guard let pointer else { return }
            Unmanaged<OwnedFace>.fromOpaque(pointer).release()
        }
        if status != CAIRO_STATUS_SUCCESS {
            cairo_font_face_destroy(cairoFace)
            retained.release()
            throw RenderError("cairo could not take the font: \(String(cString: cairo_status_to_string(status)))", file: reference.path)
        }
        return cairoFace
    }

    /// Whether `cairoFace`, opened here, is a scalable (outline) font; false for any other face.
    static func isScalable(_ cairoFace: OpaquePointer) -> Bool {
        guard let pointer = cairo_font_face_get_user_data(cairoFace, &userDataKey) else { return false }
        let face = Unmanaged<OwnedFace>.fromOpaque(pointer).takeUnretainedValue().face
        return face.pointee.face_flags & FT_Long(FT_FACE_FLAG_SCALABLE) != 0
    }

    /// A FreeType face and the bytes it reads from when it was opened from memory (the program's
    /// own, read in place).
    private final class OwnedFace {
        let face: FT_Face
        private let bytes: FontBytes?

        init(_ reference: FontReference, program: FontProgram?, library: OpaquePointer) throws(RenderError) {
            var face: FT_Face?
            if let program {
                let bytes = program.data.bytes
                guard let start = bytes.baseAddress,
                      FT_New_Memory_Face(library, start.assumingMemoryBound(to: FT_Byte.self), FT_Long(bytes.count), 0, &face) == 0,
                      let face else {
                    throw RenderError("FreeType cannot read the embedding subset made of \(reference)")
                }
                self.face = face
                self.bytes = program.data
            } else {
                guard FT_New_Face(library, reference.path, reference.faceIndex, &face) == 0, let face else {
                    throw RenderError("FreeType cannot open face \(reference.faceIndex)", file: reference.path)
                }
                self.face = face
                self.bytes = nil
            }
        }

        deinit {
            FreeTypeFaces.library.withLock { _ in _ = FT_Done_Face(face) }
        }
    }
}

/// The key under which a cairo font face keeps its FreeType face.
nonisolated(unsafe) private var userDataKey = cairo_user_data_key_t()
