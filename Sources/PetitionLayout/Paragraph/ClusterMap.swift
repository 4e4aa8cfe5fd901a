import DisplayList
import Typography

/// The text and cluster map of one line fragment, in the form `cairo_show_text_glyphs` takes:
/// clusters in glyph order (the caller reverses them for backward runs), each naming how many UTF-8 bytes of the (logical-order) text its
/// glyphs show. Text before `suppressedBefore` is left out: it was carried by the previous line's
/// hyphen, so the PDF's text says "international", not "interna-" + "tional".
struct ClusterMap {
    let text: String
    let clusters: [TextCluster]

    init(fragment: LineFragment, suppressedBefore: Int, text utf16: [UInt16]) {
        let range = fragment.range
        let textStart = min(max(suppressedBefore, range.lowerBound), range.upperBound)
        // Cluster starts in logical order, so each cluster's text runs to the next start.
        let starts = Set(fragment.glyphs.map(\.cluster)).sorted()
        var ends: [Int: Int] = [:]
        for (index, start) in starts.enumerated() {
            ends[start] = index + 1 < starts.count ? starts[index + 1] : range.upperBound
        }
        // Text before the first cluster (a line starting inside a cluster) joins the first one.
        let firstStart = starts.first ?? range.lowerBound
        var clusters: [TextCluster] = []
        var index = 0
        let glyphs = fragment.glyphs
        while index < glyphs.count {
            let cluster = glyphs[index].cluster
            var count = 0
            while index < glyphs.count, glyphs[index].cluster == cluster { count += 1; index += 1 }
            let lower = max(cluster == firstStart ? range.lowerBound : cluster, textStart)
            let upper = max(ends[cluster] ?? range.upperBound, lower)
            clusters.append(TextCluster(utf8Count: Self.utf8Count(utf16[lower..<upper]), glyphCount: count))
        }
        self.text = String(decoding: utf16[textStart..<range.upperBound], as: UTF16.self)
        self.clusters = clusters
    }

    private static func utf8Count(_ units: ArraySlice<UInt16>) -> Int {
        var count = 0
        var index = units.startIndex
        while index < units.endIndex {
            let unit = units[index]
            if unit < 0x80 { count += 1 } else if unit < 0x800 { count += 2 } else if unit >= 0xD800 && unit < 0xDC00 {
                count += 4
                index += 1
            } else { count += 3 }
            index += 1
        }
        return count
    }
}
