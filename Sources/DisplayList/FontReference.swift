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
