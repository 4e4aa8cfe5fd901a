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
    static func collect(_ shaped: ShapedText, range: Range<Int>) -> [LineFragment] {
        shaped.runs.compactMap { run in
            let lower = max(run.range.lowerBound, range.lowerBound)
            let upper = min(run.range.upperBound, range.upperBound)
            guard lower < upper else { return nil }
            let glyphs = run.glyphs.filter { $0.cluster >= lower && $0.cluster < upper }
            guard !glyphs.isEmpty else { return nil }
            return LineFragment(run: run, range: lower..<upper, glyphs: glyphs)
        }
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
