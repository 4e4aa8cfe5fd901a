import CCairo
import DisplayList

/// The C arrays `cairo_show_text_glyphs` takes, filled from one or more ``GlyphRun``s into storage
/// kept between runs, so showing text allocates nothing once the longest text has been seen.
/// Consecutive runs of one font, size and grey are shown in one call, and as bare glyphs when
/// cairo already has their text (``CairoGlyphTexts``); the PDF comes out byte for byte the same.
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
    /// The arrays grow to the longest text seen and are never shrunk: only the first
    /// `glyphCount` glyphs, `clusterCount` clusters and `textCount` bytes are pending.
    private var glyphs: [cairo_glyph_t] = []
    private var clusters: [cairo_text_cluster_t] = []
    private var text: [UInt8] = []
    private var glyphCount = 0
    private var clusterCount = 0
    private var textCount = 0
    private var backward = false
    private var face: OpaquePointer?
    private var size = 0.0
    private var glyphTexts = CairoGlyphTexts()
    /// Whether runs have been added since the last `show`.
    private(set) var hasPending = false
    /// Whether a forward run with a consistent cluster map may join the pending ones: not after a
    /// backward run (its clusters are separated, see above) or a replaced cluster map.
    private(set) var acceptsMore = false

    /// How far (in ems) every other cluster of a backward run is moved down: twice cairo's
    /// tolerance, 0.02 pt at 11 pt, far below a printer's dot (1/2400 in is 0.03 pt).
    static let operatorSeparation = 0.002

    /// The text pending, for messages.
    var pendingText: String { String(decoding: text.prefix(textCount), as: UTF8.self) }

    /// Adds `run`, drawn with `face` (the context's font), to the text shown at the next `show`,
    /// after the runs pending (the caller makes sure they share its face, size and grey, and that
    /// `acceptsMore` if any are pending).
    /// `consistent` is the run's `hasConsistentClusters`. `precedingClusters` counts the clusters
    /// of the same line's run drawn before `run` (a piece of it), so every other cluster stays
    /// the one moved down.
    ///
    /// Runs of one font, size and grey drawn one after another (the lines of a signatory's
    /// details) go to cairo in one call: cairo writes the same operators for them as for
    /// separate calls (a `Td` to each line), but the recording, analysis and replay of each call
    /// cost it about as much as 20 glyphs.
    ///
    /// This runs for every name and detail line of a long list, so it fills the kept arrays
    /// through their buffers in one pass each.
    mutating func add(_ run: GlyphRun, face: OpaquePointer, consistent: Bool, precedingClusters: Int = 0) {
        if !hasPending { glyphCount = 0; clusterCount = 0; textCount = 0 }
        self.face = face
        size = run.size
        let firstGlyph = glyphCount, firstCluster = clusterCount, firstByte = textCount
        appendGlyphs(from: run.glyphs)
        appendText(of: run)
        // A map that does not add up is replaced: cairo would silently drop all later drawing.
        if consistent {
            appendClusters(from: run.clusters)
        } else if textCount > firstByte {
            // The whole run as one cluster (nothing at all for a run without text).
            reserve(clusters: clusterCount + 1)
            clusters[clusterCount] = cairo_text_cluster_t(num_bytes: Int32(textCount - firstByte), num_glyphs: Int32(glyphCount - firstGlyph))
            clusterCount += 1
        }
        if run.clustersAreBackward, consistent { separateOperators(run, precedingClusters: precedingClusters) }
        if Self.mayHoldRefusedScalars(text[firstByte..<textCount]) { replaceRefusedScalars(from: firstByte, firstCluster: firstCluster) }
        backward = run.clustersAreBackward
        hasPending = true
        acceptsMore = consistent && !run.clustersAreBackward
    }

    /// Shows the pending runs with the context's current font and source, and empties them:
    /// as bare glyphs when cairo already has their text (see ``CairoGlyphTexts``), else with it.
    mutating func show(in context: OpaquePointer) {
        guard hasPending, let face else { return }
        hasPending = false
        acceptsMore = false
        let (backward, size) = (self.backward, self.size)
        let flags = backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
        let (glyphCount, clusterCount, textCount) = (self.glyphCount, self.clusterCount, self.textCount)
        text.withUnsafeBufferPointer { utf8 in
            let utf8 = UnsafeBufferPointer(rebasing: utf8.prefix(textCount))
            glyphs.withUnsafeBufferPointer { glyphs in
                let glyphs = UnsafeBufferPointer(rebasing: glyphs.prefix(glyphCount))
                clusters.withUnsafeBufferPointer { clusters in
                    let clusters = UnsafeBufferPointer(rebasing: clusters.prefix(clusterCount))
                    if !backward, glyphTexts.knowAll(glyphs, clusters: clusters, text: utf8, face: face, size: size) {
                        cairo_show_glyphs(context, glyphs.baseAddress, Int32(glyphCount))
                        return
                    }
                    glyphTexts.record(glyphs, clusters: clusters, text: utf8, backward: backward, face: face, size: size)
                    utf8.withMemoryRebound(to: CChar.self) { chars in
                        cairo_show_text_glyphs(context, chars.baseAddress, Int32(textCount), glyphs.baseAddress, Int32(glyphCount),
                                               clusters.baseAddress, Int32(clusterCount), flags)
                    }
                }
            }
        }
    }

    /// Forgets the pending runs unshown (drawing stopped at an error).
    mutating func discard() {
        hasPending = false
        acceptsMore = false
    }

    /// Whether `bytes` hold a byte that may start a scalar cairo refuses: every one of them
    /// (U+FDD0...U+FDEF, and the last two of each plane) is written from lead byte 0xEF or
    /// 0xF0 and above, and most texts have none, so this byte scan spares decoding the scalars.
    private static func mayHoldRefusedScalars(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.contains { $0 >= 0xEF }
    }

    private mutating func reserve(glyphs count: Int) {
        if glyphs.count < count { glyphs += repeatElement(cairo_glyph_t(), count: count - glyphs.count) }
    }

    private mutating func reserve(clusters count: Int) {
        if clusters.count < count { clusters += repeatElement(cairo_text_cluster_t(), count: count - clusters.count) }
    }

    private mutating func reserve(bytes count: Int) {
        if text.count < count { text += repeatElement(0, count: count - text.count) }
    }

    private mutating func appendGlyphs(from source: [PositionedGlyph]) {
        let first = glyphCount
        reserve(glyphs: first + source.count)
        glyphCount += source.count
        source.withUnsafeBufferPointer { source in
            glyphs.withUnsafeMutableBufferPointer { glyphs in
                for index in source.indices {
                    let glyph = source[index]
                    glyphs[first + index] = cairo_glyph_t(index: UInt(glyph.id), x: glyph.x, y: glyph.y)
                }
            }
        }
    }

    private mutating func appendText(of run: GlyphRun) {
        var source = run.text
        source.withUTF8 { source in
            let first = textCount
            reserve(bytes: first + source.count)
            textCount += source.count
            text.withUnsafeMutableBufferPointer { text in
                guard let base = text.baseAddress, let sourceBase = source.baseAddress else { return }
                (base + first).update(from: sourceBase, count: source.count)
            }
        }
    }

    /// Converts a cluster map that ``GlyphRun/hasConsistentClusters`` accepted.
    private mutating func appendClusters(from source: [TextCluster]) {
        let first = clusterCount
        reserve(clusters: first + source.count)
        clusterCount += source.count
        source.withUnsafeBufferPointer { source in
            clusters.withUnsafeMutableBufferPointer { clusters in
                for index in source.indices {
                    let cluster = source[index]
                    clusters[first + index] = cairo_text_cluster_t(num_bytes: Int32(cluster.utf8Count), num_glyphs: Int32(cluster.glyphCount))
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

    /// Replaces each refused scalar in the text from byte `firstByte` on (the run just added) by
    /// U+FFFD, and moves the byte counts of its clusters, from `firstCluster` on, to match
    /// (U+FFFD takes 3 bytes; a noncharacter beyond the BMP took 4).
    private mutating func replaceRefusedScalars(from firstByte: Int, firstCluster: Int) {
        let original = String(decoding: text[firstByte..<textCount], as: UTF8.self)
        guard original.unicodeScalars.contains(where: CairoText.isRefused) else { return }
        var replaced = String.UnicodeScalarView()
        var clusterIndex = firstCluster
        var bytesLeftInCluster = clusterCount > firstCluster ? Int(clusters[firstCluster].num_bytes) : 0
        for scalar in original.unicodeScalars {
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
        let bytes = Array(String(replaced).utf8)
        textCount = firstByte
        reserve(bytes: firstByte + bytes.count)
        for byte in bytes {
            text[textCount] = byte
            textCount += 1
        }
    }
}
