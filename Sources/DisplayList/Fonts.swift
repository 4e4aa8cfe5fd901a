/// A font file made for embedding one face of a document: the face cut down to the glyphs the
/// document can use, with every glyph id unchanged (glyphs left out are empty), so runs laid out
/// with the whole face draw with it as they are.
///
/// cairo 1.16 copies a face's whole outline table into memory to embed a subset of it — about
/// 50 MB for a CJK face — so the PDF writer embeds from a program like this when it has one and it
/// holds every glyph of a run.
public struct FontProgram: Sendable {
    /// The font file's bytes (an OpenType font with one face).
    public let data: [UInt8]
    /// Glyph ids that keep their outline.
    public let glyphs: GlyphIDSet

    public init(data: [UInt8], glyphs: GlyphIDSet) {
        self.data = data
        self.glyphs = glyphs
    }
}

/// Where the PDF writer asks for a `FontProgram` the first time it draws with a face; nil means
/// "embed from the font file". Called from the thread that writes pages.
public protocol FontProgramSource: Sendable {
    func program(for font: FontReference) -> FontProgram?
}

/// A set of glyph ids as one bit each.
public struct GlyphIDSet: Sendable, Equatable {
    private var words: [UInt64] = []

    public init() {}

    public init(_ ids: some Sequence<UInt32>) {
        for id in ids { insert(id) }
    }

    public mutating func insert(_ id: UInt32) {
        let word = Int(id / 64)
        if word >= words.count { words += repeatElement(0, count: word + 1 - words.count) }
        words[word] |= 1 << UInt64(id % 64)
    }

    public func contains(_ id: UInt32) -> Bool {
        let word = Int(id / 64)
        return word < words.count && words[word] & (1 << UInt64(id % 64)) != 0
    }

    /// How many ids the set holds.
    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
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
