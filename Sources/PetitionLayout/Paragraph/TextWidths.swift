import Typography

/// Widths of stretches of a shaped paragraph, in points, from prefix sums over cluster advances
/// (a ligature's width counts at its first character).
struct TextWidths {
    private let prefix: [Double]
    private let shaped: ShapedText

    init(_ shaped: ShapedText) {
        self.shaped = shaped
        var advanceAt = [Double](repeating: 0, count: shaped.utf16.count + 1)
        for run in shaped.runs {
            for glyph in run.glyphs { advanceAt[glyph.cluster] += glyph.xAdvance * run.scale }
        }
        var prefix = [Double](repeating: 0, count: shaped.utf16.count + 1)
        for index in 0..<shaped.utf16.count { prefix[index + 1] = prefix[index] + advanceAt[index] }
        self.prefix = prefix
    }

    func width(_ range: Range<Int>) -> Double {
        prefix[range.upperBound] - prefix[range.lowerBound]
    }

    /// The run holding the character at `offset` (or the last run), by binary search over the
    /// runs, which cover the text in logical order.
    func run(at offset: Int) -> ShapedRun? {
        let index = LineFragments.firstIndex(in: shaped.runs) { $0.range.upperBound > offset }
        return index < shaped.runs.count ? shaped.runs[index] : shaped.runs.last
    }

    /// Width of the hyphen that would end a line broken at `offset`, in that run's font.
    func hyphenWidth(at offset: Int) -> Double {
        guard let run = run(at: max(offset - 1, 0)), let advance = run.face.advance(of: "-") else {
            return shaped.style.size / 3
        }
        return advance * run.scale
    }

    /// The natural interword space of the paragraph's main font.
    var spaceWidth: Double {
        guard let run = shaped.runs.first, let advance = run.face.advance(of: " ") else {
            return shaped.style.size / 4
        }
        return advance * run.scale
    }
}
