import CCairo
import DisplayList

/// The C arrays `cairo_show_text_glyphs` takes, filled from a ``GlyphRun`` into storage kept
/// between runs, so showing a run allocates nothing once the longest run has been seen.
///
/// Right-to-left (backward) runs are written so that the three common PDF readers all copy them
/// in text order. cairo writes a run's clusters in text order, which mupdf (it reads glyphs in
/// content-stream order) and poppler (it sorts characters by position) read right. pdfium, the
/// reader of Chrome and Edge, instead sorts the text-showing operators of a line by their
/// starting x, takes each operator's characters in stream order, and then reverses every
/// right-to-left stretch of the line (`CPDF_TextPage::ProcessTextObject` and `CloseTempLine` in
/// core/fpdftext/cpdf_textpage.cpp): one operator holding a whole right-to-left word comes out
/// backwards. So each cluster of a backward run gets an operator of its own, which pdfium's sort
/// puts in visual order and its reversal turns back into text order. (A mark drawn with a
/// vertical offset, most harakat and niqqud, would start a stretch of the line of its own in
/// pdfium, and a joiner or space without ink would be skipped: the drawer shows those clusters on
/// the baseline through a font of moved glyphs, see `BaselineMarks`.)
///
/// cairo has no call that starts a new operator; it starts one when a glyph's baseline differs
/// from the previous glyph's by more than its `GLYPH_POSITION_TOLERANCE` (0.001 text-space units,
/// that is 1/1000 em). Alternate clusters are therefore drawn ``operatorSeparation`` em lower.
///
/// No run's text can put the context in an error state, which would fail or silently blank the
/// rest of the document. The inputs are sanitised long before (`CharacterPolicy`), so this is
/// defence in depth: a code point cairo refuses (`CairoText`) is shown as U+FFFD in the
/// PDF's text, and a cluster map that does not add up is replaced by one cluster holding the
/// whole run (the text still copies, as one piece).
struct GlyphRunBuffers {
    private var glyphs: [cairo_glyph_t] = []
    private var clusters: [cairo_text_cluster_t] = []

    /// How far (in ems) every other cluster of a backward run is moved down: twice cairo's
    /// tolerance, 0.02 pt at 11 pt, far below a printer's dot (1/2400 in is 0.03 pt).
    static let operatorSeparation = 0.002

    /// Shows `run` with the context's current font and source. `precedingClusters` counts the
    /// clusters of the same line's run drawn before `run` (a piece of it), so every other cluster
    /// stays the one moved down.
    mutating func show(_ run: GlyphRun, precedingClusters: Int = 0, in context: OpaquePointer) {
        glyphs.removeAll(keepingCapacity: true)
        for glyph in run.glyphs {
            glyphs.append(cairo_glyph_t(index: UInt(glyph.id), x: glyph.x, y: glyph.y))
        }
        var text = run.text
        clusters.removeAll(keepingCapacity: true)
        let consistent = run.hasConsistentClusters
        if consistent {
            for cluster in run.clusters {
                clusters.append(cairo_text_cluster_t(num_bytes: Int32(cluster.utf8Count), num_glyphs: Int32(cluster.glyphCount)))
            }
        } else if !text.isEmpty {
            clusters.append(cairo_text_cluster_t(num_bytes: Int32(text.utf8.count), num_glyphs: Int32(glyphs.count)))
        }
        if run.clustersAreBackward, consistent { separateOperators(run, precedingClusters: precedingClusters) }
        if text.unicodeScalars.contains(where: CairoText.isRefused) { text = replacingRefusedScalars(in: text) }
        let flags = run.clustersAreBackward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
        text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                cairo_show_text_glyphs(context, chars.baseAddress, Int32(chars.count), glyphs, Int32(glyphs.count),
                                       clusters, Int32(clusters.count), flags)
            }
        }
    }

    /// Moves the glyphs of every other cluster down by ``operatorSeparation`` em, so cairo shows
    /// each cluster in an operator of its own.
    private mutating func separateOperators(_ run: GlyphRun, precedingClusters: Int) {
        let shift = run.size * Self.operatorSeparation
        var end = glyphs.count
        for (number, cluster) in run.clusters.enumerated() {
            let start = end - cluster.glyphCount
            if (number + precedingClusters) % 2 == 1 {
                for index in start..<end { glyphs[index].y += shift }
            }
            end = start
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
