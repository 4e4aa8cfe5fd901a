import DisplayList
import Typography

/// Short centred paragraphs stacked down a page (the cover's and colophon's lines), each with
/// its own size, weight and space below.
struct TextStack {
    struct Line {
        var text: String
        var size: Double
        var weight: FontWeight = .regular
        var spaceAfter: Double = 0
        var role: StructureRole = .paragraph
    }

    let request: LayoutRequest
    let frame: PageFrame
    let library: FontLibrary

    /// The paragraphs of `lines` set for the text block's width.
    func set(_ lines: [Line]) -> [(line: Line, paragraph: SetParagraph)] {
        lines.filter { !$0.text.isEmpty }.map { line in
            let style = ParagraphStyle(text: TextStyle(fontSet: request.fontSet, weight: line.weight, size: line.size,
                                                       language: request.language),
                                       alignment: .centered, width: frame.width)
            return (line, SetParagraph(line.text, style: style, leading: line.size * 1.25, x: frame.left, library: library))
        }
    }

    /// Height of `set` lines, spaces included.
    static func height(of set: [(line: Line, paragraph: SetParagraph)]) -> Double {
        set.reduce(0) { $0 + Double($1.paragraph.lines.count) * $1.paragraph.leading + $1.line.spaceAfter }
    }

    /// Adds `set` to `builder` from `top` down; addresses become links. Returns the end.
    @discardableResult
    static func place(_ set: [(line: Line, paragraph: SetParagraph)], top: Double, into builder: inout PageBuilder,
                      firstElement: Int) -> Double {
        var y = top
        for (offset, (line, paragraph)) in set.enumerated() {
            let addresses = LinkFinder.addresses(in: line.text).map(\.address)
            for index in paragraph.lines.indices {
                let runs = paragraph.runs(ofLine: index, baseline: LetterPaginator.baseline(top: y, leading: paragraph.leading))
                builder.add(runs, role: line.role, element: firstElement + offset, addresses: addresses)
                y += paragraph.leading
            }
            y += line.spaceAfter
        }
        return y
    }
}
