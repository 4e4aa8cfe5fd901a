import DisplayList
import Typography

/// How far apart two lines must be so that the ink of one does not touch the ink of the other:
/// TeX's rule (The TeXbook, chapter 12: `\baselineskip`, `\lineskiplimit`, `\lineskip`) with the
/// glyphs' own ink boxes instead of whole line boxes. Khmer, Myanmar, Tibetan and Sinhala stack
/// vowels and subscript consonants far above and below the line, and at the leading a layout
/// sets for Latin their lines overprint each other; a letter paragraph whose lines would touch
/// gets the leading that keeps them apart, the same for all of its lines, and a signatory entry
/// whose name would touch its detail line gets room between them.
///
/// Only ink that shares a column with ink of the other line counts (the measure is cut into bins
/// `binWidth` wide), so a tall accent over one word and a descender under another, far apart,
/// change nothing. As in TeX, the space changes only when lines would overlap, and then it
/// leaves `lineGap` between them; unlike TeX, boxes may overlap by up to `tolerance` first,
/// because a glyph's box is coarser than its ink (Arabic's deepest descender and tallest mark
/// stack, one above the other, overlap their boxes by 0.02 pt at the leading of `classic-a4`
/// without their ink meeting). Text that never comes that close keeps its layout exactly.
enum InkClearance {
    /// The gap left between the ink of two lines that would overlap, in ems of the text size:
    /// TeX's `\lineskip` is 1 pt under 10 pt text.
    static let lineGap = 0.1
    /// How far two lines' ink boxes may overlap before the space grows, in ems.
    static let tolerance = 0.05
    /// The width of the columns compared, in points.
    static let binWidth = 1.0
    /// Steps in which `room(between:and:size:boxes:)` grows, in points, so that a long list has
    /// few distinct entry heights (see `ItemHeights`).
    static let roomStep = 0.5

    /// `leading`, or more when the ink of two consecutive lines of `paragraph` would overlap by
    /// more than `tolerance` at that leading: then their ink is `lineGap` apart. The font pages
    /// read to find the glyphs' boxes are given back (see `GlyphInkBoxes.releaseFontPages`).
    static func leading(for paragraph: SetParagraph, atLeast leading: Double, library: FontLibrary) -> Double {
        guard paragraph.lines.count > 1 else { return leading }
        let boxes = GlyphInkBoxes(library: library)
        defer { boxes.releaseFontPages() }
        var touching = -Double.infinity
        var above = InkColumns(paragraph.runs(ofLine: 0, baseline: 0), boxes: boxes)
        for line in 1..<paragraph.lines.count {
            let below = InkColumns(paragraph.runs(ofLine: line, baseline: 0), boxes: boxes)
            touching = max(touching, above.overlap(over: below))
            above = below
        }
        let size = paragraph.style.text.size
        guard touching > leading + tolerance * size else { return leading }
        return touching + lineGap * size
    }

    /// Room to put between two texts drawn one under the other (`above` and `below`, as placed)
    /// so that their ink does not touch: 0 when their boxes overlap by at most `tolerance` ems of
    /// `size`, else what leaves `lineGap` ems between them, rounded up to `roomStep`.
    static func room(between above: [GlyphRun], and below: [GlyphRun], size: Double, boxes: GlyphInkBoxes) -> Double {
        let overlap = InkColumns(above, boxes: boxes).overlap(over: InkColumns(below, boxes: boxes))
        guard overlap > tolerance * size else { return 0 }
        return ((overlap + lineGap * size) / roomStep).rounded(.up) * roomStep
    }
}

/// The ink of some glyph runs, column by column: in each `InkClearance.binWidth` wide column,
/// the highest point of ink and the lowest (y grows downwards).
private struct InkColumns {
    /// The column of `tops[0]` and `bottoms[0]`.
    var first = 0
    var tops: [Double] = []
    var bottoms: [Double] = []

    init(_ runs: [GlyphRun], boxes: GlyphInkBoxes) {
        var spans: [(first: Int, last: Int, top: Double, bottom: Double)] = []
        for run in runs {
            guard let face = boxes.face(run.font) else { continue }
            let scale = run.size / face.unitsPerEm
            for glyph in run.glyphs {
                guard let box = face.box(of: glyph.id) else { continue }
                let first = Int(((glyph.x + box.left * scale) / InkClearance.binWidth).rounded(.down))
                let last = max(first, Int(((glyph.x + box.right * scale) / InkClearance.binWidth).rounded(.down)))
                spans.append((first, last, glyph.y + box.top * scale, glyph.y + box.bottom * scale))
            }
        }
        guard let low = spans.map(\.first).min(), let high = spans.map(\.last).max() else { return }
        first = low
        tops = [Double](repeating: .infinity, count: high - low + 1)
        bottoms = [Double](repeating: -.infinity, count: high - low + 1)
        for span in spans {
            for column in (span.first - low)...(span.last - low) {
                tops[column] = min(tops[column], span.top)
                bottoms[column] = max(bottoms[column], span.bottom)
            }
        }
    }

    /// How far this ink reaches below the top of `below`'s ink in a column they share (negative
    /// when they keep apart everywhere); `-infinity` when they share none.
    func overlap(over below: InkColumns) -> Double {
        var overlap = -Double.infinity
        let start = max(first, below.first)
        let end = min(first + bottoms.count, below.first + below.tops.count)
        guard start < end else { return overlap }
        for column in start..<end {
            overlap = max(overlap, bottoms[column - first] - below.tops[column - below.first])
        }
        return overlap
    }
}

/// Glyph ink boxes, each looked up once per face (a face is looked up once per run, a glyph's
/// box by its number alone). One instance serves one thread: a list's measuring threads have one
/// each (`EntrySetter.withOwnCaches`).
final class GlyphInkBoxes {
    let library: FontLibrary
    /// The room measuring found between a signatory entry's name and detail line, for the
    /// entries that need some, by a hash of their texts, for placing them (see `EntrySetter`).
    var measuredRooms: [Int: Double] = [:]
    private var faces: [FontReference: FaceBoxes?] = [:]

    /// One face and the boxes of its glyphs looked up so far.
    fileprivate final class FaceBoxes {
        let face: FontFace
        private var boxes: [UInt32: InkBox?] = [:]

        init(_ face: FontFace) {
            self.face = face
        }

        var unitsPerEm: Double { face.unitsPerEm }

        func box(of glyph: UInt32) -> InkBox? {
            if let box = boxes[glyph] { return box }
            let box = face.inkBox(of: glyph)
            boxes[glyph] = box
            return box
        }
    }

    init(library: FontLibrary) {
        self.library = library
    }

    /// Lets the font files' pages that finding the boxes read leave memory: HarfBuzz reads a
    /// CFF face's outlines (a CJK face: 20 MB) from all over its file to find a glyph's box, and
    /// the kernel maps the file 64 KB around each page read, about 5 MB for a Chinese letter,
    /// which would otherwise stay until the list is measured.
    func releaseFontPages() {
        for face in faces.values { face?.face.releaseResidentPages() }
    }

    /// The face of `reference` with its boxes; nil when it cannot be opened.
    fileprivate func face(_ reference: FontReference) -> FaceBoxes? {
        if let face = faces[reference] { return face }
        let face = (try? library.face(reference)).map(FaceBoxes.init)
        faces[reference] = face
        return face
    }
}
