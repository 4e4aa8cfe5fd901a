/// One glyph as HarfBuzz placed it, in font units.
public struct ShapedGlyph: Sendable, Equatable {
    /// Glyph id in the face.
    public var id: UInt32
    /// UTF-16 offset (into the shaped paragraph) of the first character of this glyph's cluster.
    public var cluster: Int
    public var xAdvance: Double
    public var xOffset: Double
    public var yOffset: Double
}
