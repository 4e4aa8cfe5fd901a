import Typography

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
    static func collect(_ shaped: ShapedText, range: Range<Int>) -> [LineFragment] {
        shaped.runs.compactMap { run in
            let lower = max(run.range.lowerBound, range.lowerBound)
            let upper = min(run.range.upperBound, range.upperBound)
            guard lower < upper else { return nil }
            var glyphs = run.glyphs.filter { $0.cluster >= lower && $0.cluster < upper }
            if shaped.hasBidiFormatting { glyphs = withoutFormattingClusters(glyphs, end: upper, in: shaped) }
            guard !glyphs.isEmpty else { return nil }
            return LineFragment(run: run, range: lower..<upper, glyphs: glyphs)
        }
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
