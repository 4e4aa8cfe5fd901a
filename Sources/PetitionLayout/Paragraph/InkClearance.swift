import DisplayList
import Typography

/// How far apart a paragraph's baselines must be so that no line's ink touches the next line's:
/// TeX's rule (The TeXbook, chapter 12: `\baselineskip`, `\lineskiplimit`, `\lineskip`) with the
/// glyphs' own ink boxes instead of whole line boxes. Khmer, Myanmar, Tibetan and Sinhala stack
/// vowels and subscript consonants far above and below the line, and at the leading a layout
/// sets for Latin their lines overprint each other; a paragraph whose lines would touch gets the
/// leading that keeps them apart, the same for all of its lines.
///
/// Only ink that shares a column with ink of the next line counts (the measure is cut into bins
/// `binWidth` wide), so a tall accent over one word and a descender under another, far apart,
/// leave the leading alone. As in TeX, the leading changes only when lines would overlap, and
/// then it leaves `lineGap` between them; unlike TeX, boxes may overlap by up to
/// `tolerance` first, because a glyph's box is coarser than its ink (Arabic's deepest descender
/// and tallest mark stack, one above the other, overlap their boxes by 0.02 pt at the leading of
/// `classic-a4` without their ink meeting). Text that never comes that close keeps its layout
/// exactly.
enum InkClearance {
    /// The gap left between the ink of two lines that would overlap, in ems of the paragraph's
    /// text size: TeX's `\lineskip` is 1 pt under 10 pt text.
    static let lineGap = 0.1
    /// How far two lines' ink boxes may overlap before the leading grows, in ems.
    static let tolerance = 0.05
    /// The width of the columns compared, in points.
    static let binWidth = 1.0

    /// `leading`, or more when the ink of two consecutive lines of `paragraph` would overlap by
    /// more than `tolerance` at that leading: then their ink is `lineGap` apart.
    static func leading(for paragraph: SetParagraph, atLeast leading: Double, library: FontLibrary) -> Double {
        guard paragraph.lines.count > 1 else { return leading }
        var boxes = InkBoxes(library: library)
        var touching = -Double.infinity
        var above = boxes.columns(of: paragraph.runs(ofLine: 0, baseline: 0), binWidth: binWidth)
        for line in 1..<paragraph.lines.count {
            let below = boxes.columns(of: paragraph.runs(ofLine: line, baseline: 0), binWidth: binWidth)
            for (bin, bottom) in above.bottoms {
                if let top = below.tops[bin] { touching = max(touching, bottom - top) }
            }
            above = below
        }
        boxes.releaseFontPages()
        let size = paragraph.style.text.size
        guard touching > leading + tolerance * size else { return leading }
        return touching + lineGap * size
    }
}

/// The ink of lines of glyph runs, by column, with each face's glyph boxes looked up once.
private struct InkBoxes {
    let library: FontLibrary
    private var faces: [FontReference: FontFace?] = [:]
    private var glyphBoxes: [FontReference: [UInt32: InkBox?]] = [:]

    init(library: FontLibrary) {
        self.library = library
    }

    /// Per column, the lowest ink below and the highest ink above the baseline of `runs`.
    mutating func columns(of runs: [GlyphRun], binWidth: Double) -> (bottoms: [Int: Double], tops: [Int: Double]) {
        var bottoms: [Int: Double] = [:]
        var tops: [Int: Double] = [:]
        for run in runs {
            guard let face = face(run.font) else { continue }
            let scale = run.size / face.unitsPerEm
            for glyph in run.glyphs {
                guard let box = box(of: glyph.id, in: run.font, face: face) else { continue }
                let first = Int((glyph.x + box.left * scale) / binWidth)
                let last = Int((glyph.x + box.right * scale) / binWidth)
                let top = glyph.y + box.top * scale
                let bottom = glyph.y + box.bottom * scale
                for bin in first...max(first, last) {
                    bottoms[bin] = max(bottoms[bin] ?? bottom, bottom)
                    tops[bin] = min(tops[bin] ?? top, top)
                }
            }
        }
        return (bottoms, tops)
    }

    /// Lets the font files' pages that finding the boxes read leave memory: HarfBuzz reads a
    /// CFF face's outlines (a CJK face: 20 MB) from all over its file to find a glyph's box, and
    /// the kernel maps the file 64 KB around each page read, about 5 MB for a Chinese letter,
    /// which would otherwise stay until the list is measured.
    func releaseFontPages() {
        for face in faces.values { face?.releaseResidentPages() }
    }

    private mutating func face(_ reference: FontReference) -> FontFace? {
        if let face = faces[reference] { return face }
        let face = try? library.face(reference)
        faces[reference] = face
        return face
    }

    private mutating func box(of glyph: UInt32, in font: FontReference, face: FontFace) -> InkBox? {
        if let box = glyphBoxes[font]?[glyph] { return box }
        let box = face.inkBox(of: glyph)
        glyphBoxes[font, default: [:]][glyph] = box
        return box
    }
}
