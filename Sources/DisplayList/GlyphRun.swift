/// One glyph placed on the page: its id in the run's font and its baseline origin in points,
/// measured from the page's top-left corner (y grows downwards).
public struct PositionedGlyph: Hashable, Sendable {
    public var id: UInt32
    public var x: Double
    public var y: Double

    public init(id: UInt32, x: Double, y: Double) {
        self.id = id
        self.x = x
        self.y = y
    }
}

/// A group of glyphs and the source text they stand for: `glyphCount` glyphs (in the run's glyph
/// order) show `utf8Count` bytes of the run's text (in the text's logical order). Either count may
/// be zero, not both: a hyphen glyph can stand for no text, a word's continuation for none.
public struct TextCluster: Hashable, Sendable {
    public var utf8Count: Int
    public var glyphCount: Int

    public init(utf8Count: Int, glyphCount: Int) {
        self.utf8Count = utf8Count
        self.glyphCount = glyphCount
    }
}

/// Glyphs of one font at one size with the text they show, so PDF text copies, searches and reads
/// aloud exactly (drawn with `cairo_show_text_glyphs`).
public struct GlyphRun: Hashable, Sendable {
    public var font: FontReference
    /// Font size in points.
    public var size: Double
    /// Glyphs in drawing (visual) order.
    public var glyphs: [PositionedGlyph]
    /// The source text these glyphs show, in logical order.
    public var text: String
    /// Clusters in text order. Their UTF-8 counts add up to `text.utf8.count` and their glyph
    /// counts to `glyphs.count`.
    public var clusters: [TextCluster]
    /// False: the clusters take glyphs from the first onwards. True (right-to-left runs, whose
    /// glyphs are in visual order): they take glyphs from the last backwards, as cairo's
    /// `CAIRO_TEXT_CLUSTER_FLAG_BACKWARD` means. A backward run's text is written to the PDF in
    /// text order, one text-showing operator per cluster (see the renderer's `GlyphRunBuffers`).
    public var clustersAreBackward: Bool
    /// Fill colour as grey level, 0 black ... 1 white.
    public var gray: Double

    public init(font: FontReference, size: Double, glyphs: [PositionedGlyph], text: String,
                clusters: [TextCluster], clustersAreBackward: Bool = false, gray: Double = 0) {
        self.font = font
        self.size = size
        self.glyphs = glyphs
        self.text = text
        self.clusters = clusters
        self.clustersAreBackward = clustersAreBackward
        self.gray = gray
    }

    /// Whether the cluster map covers every glyph and every byte of text exactly once; the
    /// renderer refuses runs that fail this (cairo would silently drop all later drawing).
    public var hasConsistentClusters: Bool {
        var bytes = 0
        var glyphTotal = 0
        for cluster in clusters {
            if cluster.utf8Count < 0 || cluster.glyphCount < 0 { return false }
            if cluster.utf8Count == 0 && cluster.glyphCount == 0 { return false }
            bytes += cluster.utf8Count
            glyphTotal += cluster.glyphCount
        }
        return bytes == text.utf8.count && glyphTotal == glyphs.count
    }
}
