import CCairo
import DisplayList

/// The C arrays `cairo_show_text_glyphs` takes, filled from a ``GlyphRun`` into storage kept
/// between runs, so showing a run allocates nothing once the longest run has been seen.
///
/// No run's text can put the context in an error state, which would fail or silently blank the
/// rest of the document. The inputs are sanitised long before (`CharacterPolicy`), so this is
/// defence in depth: a code point cairo refuses (`CairoText`) is shown as U+FFFD in the
/// PDF's text, and a cluster map that does not add up is replaced by one cluster holding the
/// whole run (the text still copies, as one piece).
struct GlyphRunBuffers {
    private var glyphs: [cairo_glyph_t] = []
    private var clusters: [cairo_text_cluster_t] = []

    /// Shows `run` with the context's current font and source.
    mutating func show(_ run: GlyphRun, in context: OpaquePointer) {
        glyphs.removeAll(keepingCapacity: true)
        for glyph in run.glyphs {
            glyphs.append(cairo_glyph_t(index: UInt(glyph.id), x: glyph.x, y: glyph.y))
        }
        var text = run.text
        clusters.removeAll(keepingCapacity: true)
        if run.hasConsistentClusters {
            for cluster in run.clusters {
                clusters.append(cairo_text_cluster_t(num_bytes: Int32(cluster.utf8Count), num_glyphs: Int32(cluster.glyphCount)))
            }
        } else if !text.isEmpty {
            clusters.append(cairo_text_cluster_t(num_bytes: Int32(text.utf8.count), num_glyphs: Int32(glyphs.count)))
        }
        if text.unicodeScalars.contains(where: CairoText.isRefused) { text = replacingRefusedScalars(in: text) }
        let flags = run.clustersAreBackward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
        text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                cairo_show_text_glyphs(context, chars.baseAddress, Int32(chars.count), glyphs, Int32(glyphs.count),
                                       clusters, Int32(clusters.count), flags)
            }
        }
    }

    /// `text` with each refused scalar replaced by U+FFFD, and the clusters' byte counts moved
    /// to match (U+FFFD takes 3 bytes; a noncharacter beyond the BMP took 4).
    private mutating func replacingRefusedScalars(in text: String) -> String {
        var replaced = String.UnicodeScalarView()
        var clusterIndex = 0
        var bytesLeftInCluster = clusters.first.map { Int($0.num_bytes) } ?? 0
        for scalar in text.unicodeScalars {
            while bytesLeftInCluster == 0, clusterIndex + 1 < clusters.count {
                clusterIndex += 1
                bytesLeftInCluster = Int(clusters[clusterIndex].num_bytes)
            }
            bytesLeftInCluster -= UTF8.width(scalar)
            if CairoText.isRefused(scalar) {
                replaced.append("\u{FFFD}")
                if clusterIndex < clusters.count { clusters[clusterIndex].num_bytes += Int32(3 - UTF8.width(scalar)) }
            } else {
                replaced.append(scalar)
            }
        }
        return String(replaced)
    }
}
