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
    public let data: [UInt8]
    /// The program's glyph id for each glyph of the whole face it kept.
    public let glyphIDs: [UInt32: UInt32]

    public init(data: [UInt8], glyphIDs: [UInt32: UInt32]) {
        self.data = data
        self.glyphIDs = glyphIDs
    }
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
