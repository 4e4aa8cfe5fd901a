import DisplayList
import Typography

/// Turns a broken line into glyph runs at a place on the page: picks each run's glyphs for the
/// line, places the runs in visual order (UAX #9 rule L2) but returns them in logical order,
/// aligns, applies the justified spacing, adds the hyphen, and builds the cluster map that ties
/// glyphs back to the source text.
struct LineFinalizer {
    let shaped: ShapedText
    let style: ParagraphStyle

    /// Where the line goes: the left edge of the measure and the baseline, in page coordinates.
    func runs(for line: BrokenLine, isLast: Bool, x: Double, baseline: Double, gray: Double = 0) -> [GlyphRun] {
        var fragments = LineFragments.collect(shaped, range: line.range)
        if line.hyphenatedWordEnd != nil, let hyphen = hyphenFragment(after: fragments.last) {
            fragments.append(hyphen)
        }
        // Placed from left to right in visual order, the runs are handed out in logical order:
        // readers that follow the content stream (mupdf) then read the line as it was written.
        let visual = LineFragments.visualOrder(Array(fragments.indices)) { fragments[$0].run.level }
        var cursor = x + startOffset(for: line, isLast: isLast)
        var output = [GlyphRun?](repeating: nil, count: fragments.count)
        for index in visual {
            output[index] = glyphRun(for: fragments[index], line: line, cursor: &cursor, baseline: baseline, gray: gray)
        }
        return output.compactMap { $0 }
    }

    private func startOffset(for line: BrokenLine, isLast: Bool) -> Double {
        let free = style.width - line.indent - line.width
        let rightToLeft = (style.startSide ?? shaped.bidi.direction) == .rightToLeft
        switch style.alignment {
        case .centered: return (rightToLeft ? 0 : line.indent) + free / 2
        // A full justified line has no free space; its indent is at the start side.
        case .justified where !isLast && !line.isOverfull: return rightToLeft ? max(free, 0) : line.indent
        default: return rightToLeft ? free : line.indent
        }
    }

    private func hyphenFragment(after last: LineFragment?) -> LineFragment? {
        guard let last else { return nil }
        let run = last.run
        let glyphs = Shaper.shape(Array("-".utf16), range: 0..<1, face: run.face, direction: .leftToRight,
                                  script: run.script, language: shaped.style.language)
        guard var glyph = glyphs.first else { return nil }
        glyph.cluster = -1
        var hyphen = last
        hyphen.glyphs = [glyph]
        hyphen.isHyphen = true
        return hyphen
    }

    private func glyphRun(for fragment: LineFragment, line: BrokenLine, cursor: inout Double,
                          baseline: Double, gray: Double) -> GlyphRun {
        let scale = fragment.run.scale
        var positioned: [PositionedGlyph] = []
        positioned.reserveCapacity(fragment.glyphs.count)
        var previousCluster = Int.min
        for glyph in fragment.glyphs {
            if glyph.cluster != previousCluster { cursor += line.spacing[glyph.cluster] ?? 0 }
            previousCluster = glyph.cluster
            positioned.append(PositionedGlyph(id: glyph.id, x: cursor + glyph.xOffset * scale, y: baseline - glyph.yOffset * scale))
            cursor += glyph.xAdvance * scale
        }
        let size = shaped.style.size
        if fragment.isHyphen {
            let carried = line.range.upperBound..<(line.hyphenatedWordEnd ?? line.range.upperBound)
            let text = shaped.printedString(carried)
            return GlyphRun(font: fragment.run.face.reference, size: size, glyphs: positioned, text: text,
                            clusters: [TextCluster(utf8Count: text.utf8.count, glyphCount: 1)], gray: gray)
        }
        let map = ClusterMap(fragment: fragment, suppressedBefore: line.carriedPrefixEnd ?? fragment.range.lowerBound, shaped: shaped)
        // Right-to-left glyphs are in visual order, so their clusters are listed in text order
        // and consumed from the last glyph backwards (cairo's backward cluster flag).
        let backward = fragment.run.direction == .rightToLeft
        return GlyphRun(font: fragment.run.face.reference, size: size, glyphs: positioned, text: map.text,
                        clusters: backward ? map.clusters.reversed() : map.clusters, clustersAreBackward: backward, gray: gray)
    }
}

/// The part of one shaped run that falls on one line.
struct LineFragment {
    var run: ShapedRun
    /// UTF-16 range of the run's text on this line.
    var range: Range<Int>
    /// The run's glyphs whose clusters fall in `range`, in visual order, less those of bidi
    /// formatting characters.
    var glyphs: [ShapedGlyph]
    /// The line-end hyphen added at a hyphenation break.
    var isHyphen = false
}

enum LineFragments {
    /// The fragments of the runs that intersect `range`, in logical order.
    ///
    /// Found by binary search, so a line costs time in its own length and not in the
    /// paragraph's: runs cover the text in logical order, and HarfBuzz's monotone cluster levels
    /// (the shaper uses `HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS`) keep a run's clusters
    /// ascending in a left-to-right run and descending in a right-to-left one.
    static func collect(_ shaped: ShapedText, range: Range<Int>) -> [LineFragment] {
        let runs = shaped.runs
        var fragments: [LineFragment] = []
        var index = firstIndex(in: runs) { $0.range.upperBound > range.lowerBound }
        while index < runs.count, runs[index].range.lowerBound < range.upperBound {
            let run = runs[index]
            index += 1
            let lower = max(run.range.lowerBound, range.lowerBound)
            let upper = min(run.range.upperBound, range.upperBound)
            guard lower < upper else { continue }
            let glyphs = run.direction == .rightToLeft
                ? firstIndex(in: run.glyphs) { $0.cluster < upper }..<firstIndex(in: run.glyphs) { $0.cluster < lower }
                : firstIndex(in: run.glyphs) { $0.cluster >= lower }..<firstIndex(in: run.glyphs) { $0.cluster >= upper }
            var kept = Array(run.glyphs[glyphs])
            if shaped.hasBidiFormatting { kept = withoutFormattingClusters(kept, end: upper, in: shaped) }
            guard !kept.isEmpty else { continue }
            fragments.append(LineFragment(run: run, range: lower..<upper, glyphs: kept))
        }
        return fragments
    }

    /// `glyphs` less the clusters whose text is bidi formatting characters only: those have done
    /// their work in ordering the runs, and their (invisible) glyphs are not drawn, so the PDF's
    /// text holds none of them. `end` is where the last cluster's text ends.
    private static func withoutFormattingClusters(_ glyphs: [ShapedGlyph], end: Int, in shaped: ShapedText) -> [ShapedGlyph] {
        let starts = Set(glyphs.map(\.cluster)).sorted()
        let formatting = Set(starts.indices.filter { index in
            let range = starts[index]..<(index + 1 < starts.count ? starts[index + 1] : end)
            return !range.isEmpty && shaped.printedUTF8Count(range) == 0
        }.map { starts[$0] })
        return formatting.isEmpty ? glyphs : glyphs.filter { !formatting.contains($0.cluster) }
    }

    /// The first index of `elements` whose element satisfies `isAtOrPast`, which must be false
    /// for a prefix and true for the rest; `elements.count` when it holds for none.
    static func firstIndex<Element>(in elements: [Element], where isAtOrPast: (Element) -> Bool) -> Int {
        var low = 0
        var high = elements.count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrPast(elements[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// UAX #9 rule L2: from the highest level down to the lowest odd level, reverse every maximal
    /// sequence of items (fragments, in logical order) at that level or higher.
    static func visualOrder<Item>(_ items: [Item], level: (Item) -> UInt8) -> [Item] {
        let levels = items.map(level)
        guard let highest = levels.max(), let lowestOdd = levels.filter({ $0 % 2 == 1 }).min() else { return items }
        var ordered = Array(zip(items, levels))
        var level = highest
        while level >= lowestOdd {
            var index = 0
            while index < ordered.count {
                guard ordered[index].1 >= level else { index += 1; continue }
                var end = index
                while end < ordered.count, ordered[end].1 >= level { end += 1 }
                ordered[index..<end].reverse()
                index = end
            }
            if level == 0 { break }
            level -= 1
        }
        return ordered.map(\.0)
    }
}

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
