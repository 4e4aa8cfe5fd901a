import Typography

/// The part of one shaped run that falls on one line.
struct LineFragment {
    var run: ShapedRun
    /// UTF-16 range of the run's text on this line.
    var range: Range<Int>
    /// The run's glyphs whose clusters fall in `range`, in visual order.
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
            guard !glyphs.isEmpty else { continue }
            fragments.append(LineFragment(run: run, range: lower..<upper, glyphs: Array(run.glyphs[glyphs])))
        }
        return fragments
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
    /// sequence of fragments at that level or higher.
    static func visualOrder(_ fragments: [LineFragment]) -> [LineFragment] {
        guard let highest = fragments.map(\.run.level).max(),
              let lowestOdd = fragments.map(\.run.level).filter({ $0 % 2 == 1 }).min() else { return fragments }
        var ordered = fragments
        var level = highest
        while level >= lowestOdd {
            var index = 0
            while index < ordered.count {
                guard ordered[index].run.level >= level else { index += 1; continue }
                var end = index
                while end < ordered.count, ordered[end].run.level >= level { end += 1 }
                ordered[index..<end].reverse()
                index = end
            }
            if level == 0 { break }
            level -= 1
        }
        return ordered
    }
}
