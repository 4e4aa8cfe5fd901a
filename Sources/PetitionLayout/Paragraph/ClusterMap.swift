import DisplayList
import Typography

/// The text and cluster map of one line fragment, in the form `cairo_show_text_glyphs` takes
/// (the printed text: bidi formatting characters are left out, their glyphs are not drawn):
/// clusters in glyph order (the caller reverses them for backward runs), each naming how many
/// UTF-8 bytes of the (logical-order) text its glyphs show. Text before `suppressedBefore` is left
/// out: it was carried by the previous line's hyphen, so the PDF's text says "international",
/// not "interna-" + "tional".
///
/// In left-to-right text a cluster of marks drawn back over the glyph before them (no advance, a
/// negative offset: Devanagari's vowel sign e, ◌े) joins the cluster before it. poppler gives each
/// character the box its glyph's origin and width make, so the mark's box ended short of the next
/// glyph by its offset and `pdftotext` put a space inside "प्रत्येक"; sharing one span of text
/// with the glyph it sits on, it reads as part of that glyph.
///
/// Also in left-to-right text, a space after a cluster of several glyphs (which the PDF carries
/// as ActualText) joins that cluster. cairo puts a space glyph into a font subset of its own, so
/// after a Devanagari word it is a text operator with nothing but a zero-width space, and pdfium
/// drops such operators (`CPDF_TextPage::ProcessTextObject`: `GetRect().Width() < kSizeEpsilon`)
/// and guessed no space between "मनुष्यों" and "को"; inside the ActualText, every reader has it.
struct ClusterMap {
    let text: String
    let clusters: [TextCluster]

    init(fragment: LineFragment, suppressedBefore: Int, shaped: ShapedText) {
        let range = fragment.range
        let textStart = min(max(suppressedBefore, range.lowerBound), range.upperBound)
        let glyphs = fragment.glyphs
        // Cluster starts in logical order: HarfBuzz's monotone clusters ascend in left-to-right
        // runs and descend in right-to-left ones, so one pass and perhaps a reversal sort them.
        var starts: [Int] = []
        starts.reserveCapacity(glyphs.count)
        for glyph in glyphs where glyph.cluster != starts.last { starts.append(glyph.cluster) }
        if starts.count > 1, starts[0] > starts[1] { starts.reverse() }
        if !zip(starts, starts.dropFirst()).allSatisfy({ $0 < $1 }) { starts = Set(starts).sorted() }

        var clusters: [TextCluster] = []
        clusters.reserveCapacity(starts.count)
        var index = 0
        while index < glyphs.count {
            let cluster = glyphs[index].cluster
            var count = 0
            while index < glyphs.count, glyphs[index].cluster == cluster { count += 1; index += 1 }
            let position = Self.position(of: cluster, in: starts)
            // Text before the first cluster (a line starting inside a cluster) joins the first one.
            let lower = max(position == 0 ? range.lowerBound : cluster, textStart)
            let end = position + 1 < starts.count ? starts[position + 1] : range.upperBound
            let text = TextCluster(utf8Count: shaped.printedUTF8Count(lower..<max(end, lower)), glyphCount: count)
            let isSpace = count == 1 && lower + 1 == end && shaped.utf16[lower] == 0x20
            if fragment.run.direction == .leftToRight, let previous = clusters.last,
               glyphs[(index - count)..<index].allSatisfy({ $0.xAdvance == 0 && $0.xOffset < 0 })
                || (isSpace && previous.glyphCount > 1) {
                clusters[clusters.count - 1].utf8Count += text.utf8Count
                clusters[clusters.count - 1].glyphCount += text.glyphCount
            } else {
                clusters.append(text)
            }
        }
        self.text = shaped.printedString(textStart..<range.upperBound)
        self.clusters = clusters
    }

    private static func position(of cluster: Int, in starts: [Int]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < cluster { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
