import DisplayList

/// A few paragraphs set one under the other as one unbreakable column item (a group heading,
/// the closing total), with space above and below.
struct StackedText {
    let paragraphs: [SetParagraph]
    let spaceBefore: Double
    let spaceAfter: Double

    var height: Double {
        spaceBefore + paragraphs.reduce(0) { $0 + Double($1.lines.count) * $1.leading } + spaceAfter
    }

    func runs(top: Double) -> [GlyphRun] {
        var runs: [GlyphRun] = []
        var y = top + spaceBefore
        for paragraph in paragraphs {
            for line in paragraph.lines.indices {
                runs += paragraph.runs(ofLine: line, baseline: LetterPaginator.baseline(top: y, leading: paragraph.leading))
                y += paragraph.leading
            }
        }
        return runs
    }
}
