import Diagnostics
import CHarfBuzz
import DisplayList
import Glibc
import Synchronization

/// One face of a font file, opened with HarfBuzz's own OpenType functions (no FreeType face is
/// shared with the renderer: c-libraries.md trap 2). Owns its HarfBuzz objects.
///
/// Positions come out in font units (the font's scale is its units per em); multiply by
/// `size / unitsPerEm` for points.
///
/// Unchecked sendable: the HarfBuzz pointers are not `Sendable` to Swift, but the blob, face and
/// font are made immutable once set up (`hb_*_make_immutable`: later setters are ignored), and
/// HarfBuzz documents immutable objects as safe to read and shape with from several threads at
/// once; the rest is `let` values.
public final class FontFace: @unchecked Sendable {
    /// The file and face index, as the display list names it.
    public let reference: FontReference
    /// Design units per em.
    public let unitsPerEm: Double

    let blob: OpaquePointer
    let face: OpaquePointer
    let font: OpaquePointer
    private let file: MappedFontFile

    /// Opens `reference`; throws when the file is missing or holds no such face.
    public init(_ reference: FontReference) throws(FontError) {
        guard let file = MappedFontFile(path: reference.path) else {
            throw FontError(path: reference.path, message: "cannot read the font file")
        }
        let blob = file.blob()
        let faceCount = hb_face_count(blob)
        guard reference.faceIndex >= 0, UInt32(reference.faceIndex) < max(faceCount, 1),
              let face = hb_face_create(blob, UInt32(reference.faceIndex)),
              hb_face_get_glyph_count(face) > 0 else {
            hb_blob_destroy(blob)
            throw FontError(path: reference.path, message: "no usable face \(reference.faceIndex) in the font file")
        }
        let font = hb_font_create(face)!
        let upem = hb_face_get_upem(face)
        hb_font_set_scale(font, Int32(upem), Int32(upem))
        hb_blob_make_immutable(blob)
        hb_face_make_immutable(face)
        hb_font_make_immutable(font)
        self.reference = reference
        self.file = file
        self.blob = blob
        self.face = face
        self.font = font
        self.unitsPerEm = Double(upem)
    }

    deinit {
        hb_font_destroy(font)
        hb_face_destroy(face)
        hb_blob_destroy(blob)
    }

    /// Lets the pages of the font file this face has read leave the process's memory; they are
    /// read again (from the system's file cache) when used. Shaping a long list touches most of a
    /// CJK file's tables, a few MB, and little of it is used again once the list is measured.
    /// Safe while other threads shape with the face: the file is mapped read-only.
    public func releaseResidentPages() {
        file.releaseResidentPages()
    }

    /// Whether the face has a glyph for `scalar` (its cmap maps it to something other than .notdef).
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0 && glyph != 0
    }

    /// The box around the ink of glyph `glyph`, in font units from its origin on the baseline, y
    /// growing downwards as on the page; nil for a glyph that draws nothing (a space).
    public func inkBox(of glyph: UInt32) -> InkBox? {
        var extents = hb_glyph_extents_t()
        guard hb_font_get_glyph_extents(font, glyph, &extents) != 0, extents.width != 0, extents.height != 0 else { return nil }
        let left = Double(min(extents.x_bearing, extents.x_bearing + extents.width))
        let right = Double(max(extents.x_bearing, extents.x_bearing + extents.width))
        let top = -Double(max(extents.y_bearing, extents.y_bearing + extents.height))
        let bottom = -Double(min(extents.y_bearing, extents.y_bearing + extents.height))
        return InkBox(left: left, right: right, top: top, bottom: bottom)
    }

    /// The horizontal advance of the glyph for `scalar`, in font units; nil when not covered.
    public func advance(of scalar: Unicode.Scalar) -> Double? {
        var glyph: hb_codepoint_t = 0
        guard hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0, glyph != 0 else { return nil }
        return Double(hb_font_get_glyph_h_advance(font, glyph))
    }
}

/// A font file mapped read-only into memory, unmapped when HarfBuzz's blob over it and its face
/// are gone. Mapped here rather than by `hb_blob_create_from_file`, which falls back to reading
/// into allocated memory: only a mapping of the file may be told to drop its pages.
private final class MappedFontFile: @unchecked Sendable {
    let start: UnsafeMutableRawPointer
    let count: Int

    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0,
              let start = mmap(nil, Int(status.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0), start != MAP_FAILED else {
            return nil
        }
        self.start = start
        self.count = Int(status.st_size)
    }

    /// A HarfBuzz blob over the whole file that keeps this mapping alive until it is destroyed.
    func blob() -> OpaquePointer {
        let retained = Unmanaged.passRetained(self).toOpaque()
        return hb_blob_create(start.assumingMemoryBound(to: CChar.self), UInt32(count), HB_MEMORY_MODE_READONLY, retained) { pointer in
            guard let pointer else { return }
            Unmanaged<MappedFontFile>.fromOpaque(pointer).release()
        }
    }

    func releaseResidentPages() {
        _ = madvise(start, count, MADV_DONTNEED)
    }

    deinit {
        munmap(start, count)
    }
}

/// Where a glyph's ink lies around its origin: `top` is negative above the baseline, `bottom`
/// positive below it.
public struct InkBox: Equatable, Sendable {
    public var left: Double, right: Double, top: Double, bottom: Double
}

/// A font that cannot be used, with its path.
public struct FontError: DiagnosticConvertible, Sendable {
    public var path: String
    public var message: String

    public var diagnostics: [Diagnostic] { [.error(file: path, message)] }
}

/// Opens each font face once per process and shares it; safe to use from several threads.
public final class FontLibrary: Sendable {
    private let faces = Mutex<[FontReference: FontFace]>([:])
    private let chains = Mutex<[ChainKey: [FontFace]]>([:])

    private struct ChainKey: Hashable {
        var fontSet: String
        var script: Script
        var weight: FontWeight
        var language: String
    }

    public init() {}

    /// Lets the pages of every open face's font file leave the process's memory (see
    /// `FontFace.releaseResidentPages`).
    public func releaseResidentPages() {
        for face in faces.withLock({ Array($0.values) }) { face.releaseResidentPages() }
    }

    /// The face for `reference`, opening it on first use.
    public func face(_ reference: FontReference) throws(FontError) -> FontFace {
        if let face = faces.withLock({ $0[reference] }) { return face }
        let face = try FontFace(reference)
        return faces.withLock { cache in
            if let existing = cache[reference] { return existing }
            cache[reference] = face
            return face
        }
    }

    /// The opened faces of `fontSet`'s chain for `script` in `language`, best first (fonts that
    /// fail to open are left out); remembered, since every run of every paragraph asks.
    public func faces(for script: Script, weight: FontWeight, language: String = "", in fontSet: FontSet) -> [FontFace] {
        let key = ChainKey(fontSet: fontSet.name, script: script, weight: weight, language: language)
        if let chain = chains.withLock({ $0[key] }) { return chain }
        let chain = fontSet.candidates(for: script, weight: weight, language: language).compactMap { try? face($0) }
        chains.withLock { $0[key] = chain }
        return chain
    }
}
