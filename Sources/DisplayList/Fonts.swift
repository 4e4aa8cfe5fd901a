/// A font file made for embedding one face of a document: the face cut down to the glyphs the
/// document can use, renumbered from 0 (`glyphIDs` says which glyph of the whole face each one
/// is), so the PDF writer draws a run laid out with the whole face by translating its ids.
///
/// cairo 1.16 copies a face's whole outline table into memory to embed a subset of it — about
/// 50 MB for a CJK face — so the PDF writer embeds from a program like this when it has one and it
/// holds every glyph of a run. Renumbered, a CJK program is some 0.5 MB instead of 1.3 MB with
/// every id kept (65,000 empty glyphs), and HarfBuzz makes it with a third less work.
public struct FontProgram: Sendable {
    /// The font file's bytes (an OpenType font with one face).
    public let data: FontBytes
    /// The program's glyph id for each glyph of the whole face it kept.
    public let glyphIDs: [UInt32: UInt32]

    public init(data: FontBytes, glyphIDs: [UInt32: UInt32]) {
        self.data = data
        self.glyphIDs = glyphIDs
    }
}

/// A font file's bytes, copied once and never changed, at one address for as long as anything
/// holds them: a FreeType face opened from memory reads them in place for as long as cairo keeps
/// it, instead of from a copy of its own (a program of a CJK face is a few MB).
public final class FontBytes: Sendable {
    /// Immutable after `init`, so reading it from several threads is safe.
    nonisolated(unsafe) private let storage: UnsafeMutableRawBufferPointer

    /// A copy of `bytes`.
    public init(copying bytes: UnsafeRawBufferPointer) {
        storage = .allocate(byteCount: bytes.count, alignment: 16)
        storage.copyMemory(from: bytes)
    }

    /// The number of bytes.
    public var count: Int { storage.count }

    /// The bytes; the pointer stays valid while this object lives.
    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(storage) }

    deinit { storage.deallocate() }
}

/// Where the PDF writer asks for a `FontProgram` the first time it draws with a face; nil means
/// "embed from the font file". Called from the thread that writes pages.
public protocol FontProgramSource: Sendable {
    func program(for font: FontReference) -> FontProgram?
}

/// A font file (and the face inside a collection) as the layout chose it. The renderer opens the
/// same file to draw; glyph ids in a ``GlyphRun`` refer to this face.
public struct FontReference: Hashable, Sendable, CustomStringConvertible {
    /// Absolute path of the font file.
    public var path: String
    /// Face index inside a TrueType/OpenType collection (`.ttc`); 0 for single-face files.
    public var faceIndex: Int

    public init(path: String, faceIndex: Int = 0) {
        self.path = path
        self.faceIndex = faceIndex
    }

    public var description: String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return faceIndex == 0 ? file : "\(file)#\(faceIndex)"
    }
}
