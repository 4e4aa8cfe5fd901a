import CCairo
import DisplayList

/// The C arrays `cairo_show_text_glyphs` takes, filled from a ``GlyphRun`` into storage kept
/// between runs, so showing a run allocates nothing once the longest run has been seen.
struct GlyphRunBuffers {
    private var glyphs: [cairo_glyph_t] = []
    private var clusters: [cairo_text_cluster_t] = []

    /// Shows `run` with the context's current font and source.
    mutating func show(_ run: GlyphRun, in context: OpaquePointer) {
        glyphs.removeAll(keepingCapacity: true)
        for glyph in run.glyphs {
            glyphs.append(cairo_glyph_t(index: UInt(glyph.id), x: glyph.x, y: glyph.y))
        }
        clusters.removeAll(keepingCapacity: true)
        for cluster in run.clusters {
            clusters.append(cairo_text_cluster_t(num_bytes: Int32(cluster.utf8Count), num_glyphs: Int32(cluster.glyphCount)))
        }
        let flags = run.clustersAreBackward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
        var text = run.text
        text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                cairo_show_text_glyphs(context, chars.baseAddress, Int32(chars.count), glyphs, Int32(glyphs.count),
                                       clusters, Int32(clusters.count), flags)
            }
        }
    }
}
