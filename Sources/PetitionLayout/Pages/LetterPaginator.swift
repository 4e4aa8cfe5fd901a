/// Breaks the letter's flow of blocks into pages, with TeX-like rules: no orphan (a paragraph's
/// first line alone at the foot of a page) and no widow (its last line alone at the head of the
/// next), headings kept with the first lines that follow them, titles never split.
struct LetterPaginator {
    let frame: PageFrame
    /// Lines of the following block a heading must share its page with.
    static let linesKeptWithHeading = 2
    /// Fewest lines of a paragraph left on a page on either side of a page break.
    static let minimumLinesAtBreak = 2

    /// Where the baseline sits inside a line box of height `leading`.
    static func baseline(top: Double, leading: Double) -> Double { top + leading * 0.75 }

    /// The pages, and the vertical position where the flow ends on the last one.
    func paginate(_ blocks: [FlowBlock]) -> (pages: [PagePlan], end: Double) {
        var pages: [PagePlan] = [PagePlan()]
        var y = frame.top
        func newPage() {
            pages.append(PagePlan())
            y = frame.top
        }
        for (index, block) in blocks.enumerated() {
            if block.startsPage, y > frame.top { newPage() }
            if y > frame.top { y += block.spaceBefore }
            let needed = requiredHeight(of: index, in: blocks)
            if y > frame.top, y + needed > frame.bottom + 0.01 { newPage() }
            var line = 0
            while line < block.lineCount {
                let fitting = Int(((frame.bottom - y) / block.leading + 0.001).rounded(.down))
                let remaining = block.lineCount - line
                var take = min(fitting, remaining)
                if take < remaining, !block.keepTogether {
                    if remaining - take < Self.minimumLinesAtBreak { take = remaining - Self.minimumLinesAtBreak }
                    if line == 0, take < Self.minimumLinesAtBreak { take = 0 }
                } else if take < remaining {
                    take = 0
                }
                if take <= 0, y == frame.top { take = max(fitting, 1) } // a block taller than a page: split anyway
                for _ in 0..<max(take, 0) {
                    pages[pages.count - 1].lines.append(.init(block: index, line: line,
                                                              baseline: Self.baseline(top: y, leading: block.leading)))
                    y += block.leading
                    line += 1
                }
                if line < block.lineCount { newPage() }
            }
            y += block.spaceAfter
        }
        return (pages, y)
    }

    /// Height a block needs on its starting page: all of it when kept together, plus the first
    /// lines of the next block for a heading.
    private func requiredHeight(of index: Int, in blocks: [FlowBlock]) -> Double {
        let block = blocks[index]
        var height = block.keepTogether
            ? Double(block.lineCount) * block.leading
            : Double(min(block.lineCount, Self.minimumLinesAtBreak)) * block.leading
        height += block.reserveBelow
        if block.keepWithNext, index + 1 < blocks.count {
            let next = blocks[index + 1]
            height += block.spaceAfter + next.spaceBefore
                + Double(min(next.lineCount, Self.linesKeptWithHeading)) * next.leading
        }
        return min(height, frame.height)
    }
}

/// A block of the letter in the vertical flow: a paragraph, heading, list item or title line,
/// with the spacing and keep rules the page breaker honours.
struct FlowBlock {
    var paragraph: SetParagraph
    var spaceBefore: Double
    var spaceAfter: Double
    /// Headings stay on the page with the first lines of what follows.
    var keepWithNext: Bool
    /// Titles and headings are never split across pages.
    var keepTogether: Bool
    /// Room that must remain below the block on its page (the signatory heading wants its first
    /// entries under it).
    var reserveBelow: Double = 0
    /// Starts a new page unless it would open one anyway (the list's heading, when the list runs
    /// against the letter's direction).
    var startsPage = false

    var lineCount: Int { paragraph.lines.count }
    var leading: Double { paragraph.leading }
}
