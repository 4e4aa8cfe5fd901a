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
/// vertical offset, most harakat and niqqud, gets its own operator from cairo anyway: pdfium then
/// places it by its x, often before its letter, the limit of this encoding for vocalised text.)
///
/// cairo has no call that starts a new operator; it starts one when a glyph's baseline differs
/// from the previous glyph's by more than its `GLYPH_POSITION_TOLERANCE` (0.001 text-space units,
/// that is 1/1000 em). Alternate clusters are therefore drawn ``operatorSeparation`` em lower.
struct GlyphRunBuffers {
    private var glyphs: [cairo_glyph_t] = []
    private var clusters: [cairo_text_cluster_t] = []

    /// How far (in ems) every other cluster of a backward run is moved down: twice cairo's
    /// tolerance, 0.02 pt at 11 pt, far below a printer's dot (1/2400 in is 0.03 pt).
    static let operatorSeparation = 0.002

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
        if run.clustersAreBackward { separateOperators(run) }
        let flags = run.clustersAreBackward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
        var text = run.text
        text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                cairo_show_text_glyphs(context, chars.baseAddress, Int32(chars.count), glyphs, Int32(glyphs.count),
                                       clusters, Int32(clusters.count), flags)
            }
        }
    }

    /// Moves the glyphs of every other cluster down by ``operatorSeparation`` em, so cairo shows
    /// each cluster in an operator of its own.
    private mutating func separateOperators(_ run: GlyphRun) {
        let shift = run.size * Self.operatorSeparation
        var end = glyphs.count
        for (number, cluster) in run.clusters.enumerated() {
            let start = end - cluster.glyphCount
            if number % 2 == 1 {
                for index in start..<end { glyphs[index].y += shift }
            }
            end = start
        }
    }
}
