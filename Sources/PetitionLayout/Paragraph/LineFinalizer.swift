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
