import DisplayList
import Typography

/// A paragraph shaped and broken into lines, ready to be placed line by line on pages.
struct SetParagraph {
    let shaped: ShapedText
    let style: ParagraphStyle
    let lines: [BrokenLine]
    /// Baseline-to-baseline distance in points.
    var leading: Double
    /// Left edge of the measure, from the page's left edge.
    var x: Double
    /// A list marker drawn in the margin before the first line, right-aligned against the text.
    let marker: ShapedText?
    /// The web and email addresses in the paragraph's text, for links. Found once here: every
    /// placed line asks for them, and finding them again per line made long paragraphs quadratic.
    let addresses: [LinkFinder.Address]

    init(_ text: String, style: ParagraphStyle, leading: Double, x: Double, marker: String? = nil, library: FontLibrary) {
        let shaped = ShapedText(text, style: style.text, direction: style.direction, library: library)
        self.shaped = shaped
        self.style = style
        let found = LinkFinder.mayHoldAddress(shaped.utf16)
            ? LinkFinder.addresses(in: String(decoding: shaped.utf16, as: UTF16.self)) : []
        self.addresses = found.map(\.address)
        self.lines = ParagraphBreaker.breakLines(shaped, style: style, addresses: found.map(\.utf16))
        self.leading = leading
        self.x = x
        self.marker = marker.map { ShapedText($0, style: style.text, direction: style.direction, library: library) }
    }

    /// Glyph runs of line `index` with its baseline at `baseline`.
    func runs(ofLine index: Int, baseline: Double, gray: Double = 0) -> [GlyphRun] {
        var runs = LineFinalizer(shaped: shaped, style: style)
            .runs(for: lines[index], isLast: index == lines.count - 1, x: x, baseline: baseline, gray: gray)
        if index == 0, let marker {
            let gap = style.text.size * 0.5
            let rightToLeft = shaped.bidi.direction == .rightToLeft
            let markerX = rightToLeft ? x + style.width + gap : x - gap - marker.width
            let markerStyle = ParagraphStyle(text: marker.style, alignment: .start, width: marker.width + 1)
            let line = BrokenLine(range: 0..<marker.utf16.count, spacing: [:], hyphenatedWordEnd: nil, carriedPrefixEnd: nil,
                                  width: marker.width, isOverfull: false, indent: 0)
            runs += LineFinalizer(shaped: marker, style: markerStyle).runs(for: line, isLast: true, x: markerX, baseline: baseline)
        }
        return runs
    }

    /// Lines that do not fit their measure.
    var overfullLineCount: Int { lines.filter(\.isOverfull).count }
}
