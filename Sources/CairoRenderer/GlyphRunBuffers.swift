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
    /// The arrays grow to the longest run seen and are never shrunk: only the first
    /// `glyphCount` glyphs and `clusterCount` clusters belong to the run being shown.
    private var glyphs: [cairo_glyph_t] = []
    private var clusters: [cairo_text_cluster_t] = []
    private var glyphCount = 0
    private var clusterCount = 0

    /// How far (in ems) every other cluster of a backward run is moved down: twice cairo's
    /// tolerance, 0.02 pt at 11 pt, far below a printer's dot (1/2400 in is 0.03 pt).
    static let operatorSeparation = 0.002

    /// Shows `run` with the context's current font and source. `precedingClusters` counts the
    /// clusters of the same line's run drawn before `run` (a piece of it), so every other cluster
    /// stays the one moved down.
    ///
    /// This runs for every name and detail line of a long list, so it fills the kept arrays
    /// through their buffers in one pass each.
    mutating func show(_ run: GlyphRun, precedingClusters: Int = 0, in context: OpaquePointer) {
        let textCount = run.text.utf8.count
        fillGlyphs(from: run.glyphs)
        // A map that does not add up is replaced: cairo would silently drop all later drawing.
        let consistent = run.hasConsistentClusters
        if consistent {
            fillClusters(from: run.clusters)
        } else {
            // The whole run as one cluster (nothing at all for a run without text).
            clusterCount = 0
            if textCount > 0 {
                reserve(clusters: 1)
                clusters[0] = cairo_text_cluster_t(num_bytes: Int32(textCount), num_glyphs: Int32(glyphCount))
                clusterCount = 1
            }
        }
        if run.clustersAreBackward, consistent { separateOperators(run, precedingClusters: precedingClusters) }
        var text = run.text
        if Self.mayHoldRefusedScalars(text), text.unicodeScalars.contains(where: CairoText.isRefused) {
            text = replacingRefusedScalars(in: text)
        }
        let flags = run.clustersAreBackward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
        let (glyphCount, clusterCount) = (self.glyphCount, self.clusterCount)
        text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                glyphs.withUnsafeBufferPointer { glyphs in
                    clusters.withUnsafeBufferPointer { clusters in
                        cairo_show_text_glyphs(context, chars.baseAddress, Int32(chars.count), glyphs.baseAddress, Int32(glyphCount),
                                               clusters.baseAddress, Int32(clusterCount), flags)
                    }
                }
            }
        }
    }

    /// Whether `text` has a byte that may start a scalar cairo refuses: every one of them
    /// (U+FDD0...U+FDEF, and the last two of each plane) is written from lead byte 0xEF or
    /// 0xF0 and above, and most texts have none, so this byte scan spares decoding the scalars.
    private static func mayHoldRefusedScalars(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.contains { $0 >= 0xEF } }
    }

    private mutating func reserve(glyphs count: Int) {
        if glyphs.count < count { glyphs += repeatElement(cairo_glyph_t(), count: count - glyphs.count) }
    }

    private mutating func reserve(clusters count: Int) {
        if clusters.count < count { clusters += repeatElement(cairo_text_cluster_t(), count: count - clusters.count) }
    }

    private mutating func fillGlyphs(from source: [PositionedGlyph]) {
        reserve(glyphs: source.count)
        glyphCount = source.count
        source.withUnsafeBufferPointer { source in
            glyphs.withUnsafeMutableBufferPointer { glyphs in
                for index in source.indices {
                    let glyph = source[index]
                    glyphs[index] = cairo_glyph_t(index: UInt(glyph.id), x: glyph.x, y: glyph.y)
                }
            }
        }
    }

    /// Converts a cluster map that ``GlyphRun/hasConsistentClusters`` accepted.
    private mutating func fillClusters(from source: [TextCluster]) {
        reserve(clusters: source.count)
        clusterCount = source.count
        source.withUnsafeBufferPointer { source in
            clusters.withUnsafeMutableBufferPointer { clusters in
                for index in source.indices {
                    let cluster = source[index]
                    clusters[index] = cairo_text_cluster_t(num_bytes: Int32(cluster.utf8Count), num_glyphs: Int32(cluster.glyphCount))
                }
            }
        }
    }

    /// Moves the glyphs of every other cluster down by ``operatorSeparation`` em, so cairo shows
    /// each cluster in an operator of its own.
    private mutating func separateOperators(_ run: GlyphRun, precedingClusters: Int) {
        let shift = run.size * Self.operatorSeparation
        var end = glyphCount
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
        var bytesLeftInCluster = clusterCount > 0 ? Int(clusters[0].num_bytes) : 0
        for scalar in text.unicodeScalars {
            while bytesLeftInCluster == 0, clusterIndex + 1 < clusterCount {
                clusterIndex += 1
                bytesLeftInCluster = Int(clusters[clusterIndex].num_bytes)
            }
            bytesLeftInCluster -= UTF8.width(scalar)
            if CairoText.isRefused(scalar) {
                replaced.append("\u{FFFD}")
                if clusterIndex < clusterCount { clusters[clusterIndex].num_bytes += Int32(3 - UTF8.width(scalar)) }
            } else {
                replaced.append(scalar)
            }
        }
        return String(replaced)
    }
}
