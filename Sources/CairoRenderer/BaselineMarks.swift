import DisplayList

/// How a right-to-left run's marks and joiners are drawn so that pdfium, poppler and mupdf all
/// read them with their letter.
///
/// pdfium (Chrome's and Edge's reader) gathers a line's text objects sorted by x, but first
/// compares each new object's baseline with that of the rightmost object gathered so far, the
/// first letter of a right-to-left line, and starts a new group when they differ by more than
/// half the wider of the two glyphs (`CPDF_TextPage::ProcessTextObject` in
/// core/fpdftext/cpdf_textpage.cpp: `if (fabs(this_pos.y - prev_pos.y) > threshold * 2)`). A
/// text object's position includes the text rise, the text matrix and the CTM
/// (`CPDF_AllStates::GetTransformedTextPosition`), so a shadda or tanween raised with any of
/// them starts a group beside a narrow letter, and the groups of a right-to-left line come out
/// last group first ("لمّا كان الاعتراف بالكرامة" moved to the end of its line). pdfium then
/// reads a line's objects by their origin's x and reverses the right-to-left stretches: a mark
/// whose origin lies right of its letter's origin is read before the letter ("عق ًلا"). And it
/// skips objects without ink (`GetRect().Width() < kSizeEpsilon`): a ZWNJ is lost and the two
/// words it separates are read as one ("وحشیانهای"), and a space narrowed by justification is
/// lost where the gap it leaves is under pdfium's guess of a space ("ازآنجا").
///
/// So a cluster of marks (raised, lowered, or only moved sideways like most niqqud), a joiner and
/// a space are drawn on the baseline with glyphs of an ``OffsetGlyphFont`` that carry their
/// offset in the outline: a mark's or joiner's origin just left of the origin of the cluster
/// before it (``nudge``), so pdfium's sort by x puts it after its letter; a space at its own
/// place. A joiner or space gets a small box that pdfium takes for ink. poppler and mupdf read
/// the moved clusters as before. Measured (poppler / pdfium / mupdf, words in order): the
/// corpus's Arabic letter 98.6/95.9/100 before, 100/100/100 after; Persian 100/95.2/100 before,
/// 100/100/100 after; a fully pointed Hebrew paragraph, points compared too, 0/0/100 before,
/// 100/95.5/100 after; a fully vocalised Arabic one 100/9.1/93.9 before, 100/48.5/93.9 after.
///
/// Each moved glyph shows one character of text, so mupdf 1.21, which reads text only through
/// the ToUnicode map, reads it: marks the shaper reordered into one cluster are split one a mark,
/// and a cluster holding a letter and a raised mark (a font that draws أ as alef and hamza)
/// stays as shaped, since its letter's glyph would only appear inside a span (moving those too
/// took pdfium to 85.7% on the vocalised Arabic paragraph with its header, but mupdf fell from
/// 88.6% to 77.1%).
enum BaselineMarks {
    /// How far a moved cluster's origin lies left of the previous cluster's, in ems: about a
    /// hundredth of a point, so pdfium's sort by x puts it after that cluster and before the next.
    static let nudge = 0.001
    /// A glyph this far (in ems) off its run's baseline is raised or lowered: cairo starts a new
    /// text operator for it (its `GLYPH_POSITION_TOLERANCE` is a thousandth of an em).
    static let tolerance = 0.001

    /// The pieces `run` is drawn in, in text order, or nil when it needs no moved cluster (a
    /// left-to-right run, or one without a mark off the baseline, a joiner or a space).
    static func pieces(of run: GlyphRun) -> [BaselinePiece]? {
        guard run.clustersAreBackward, run.hasConsistentClusters, !run.glyphs.isEmpty else { return nil }
        let units = units(of: run)
        let letters = units.filter { !$0.text.unicodeScalars.allSatisfy(isMark) }.flatMap(\.glyphs)
        let baseline = mostCommonY(of: letters.isEmpty ? run.glyphs : letters)
        let tolerance = run.size * Self.tolerance
        var pieces: [BaselinePiece] = []
        var anyMoved = false
        var previousOrigin: Double?
        for (text, glyphs) in units {
            let cluster = TextCluster(utf8Count: text.utf8.count, glyphCount: glyphs.count)
            let allOffBaseline = glyphs.allSatisfy { abs($0.y - baseline) > tolerance }
            let inkless = !text.isEmpty && text.unicodeScalars.allSatisfy { isJoiner($0) || $0.properties.isWhitespace }
            let marksOnly = !text.isEmpty && text.unicodeScalars.allSatisfy(isMark)
            guard inkless || ((allOffBaseline || marksOnly) && glyphs.count == 1), !glyphs.isEmpty else {
                previousOrigin = glyphs.map(\.x).min() ?? previousOrigin
                append(BaselinePiece.Part(text: text, cluster: cluster, glyphs: glyphs, offsets: nil), to: &pieces)
                continue
            }
            anyMoved = true
            // A space keeps its place; a mark or joiner goes just left of the cluster before it.
            let isSpace = inkless && !text.unicodeScalars.allSatisfy(isJoiner)
            let nudged = isSpace ? nil : previousOrigin.map { $0 - run.size * nudge }
            let origin = nudged ?? glyphs.map(\.x).min() ?? 0
            let character = text.unicodeScalars.count == 1 ? text.unicodeScalars.first?.value ?? 0 : 0
            let offsets = glyphs.map { glyph in
                GlyphOffset(glyph: glyph.id, dx: thousandths(of: (glyph.x - origin) / run.size),
                            dy: thousandths(of: (glyph.y - baseline) / run.size), inkless: inkless, character: character)
            }
            let placed = glyphs.map { PositionedGlyph(id: $0.id, x: origin, y: baseline) }
            append(BaselinePiece.Part(text: text, cluster: cluster, glyphs: placed, offsets: offsets), to: &pieces)
            previousOrigin = origin
        }
        return anyMoved ? pieces : nil
    }

    /// The run's clusters in text order, each as its text and its glyphs in visual order; a
    /// cluster of several marks with a glyph each (the shaper reorders Hebrew's dagesh and vowel
    /// points into one cluster) is split into one unit a mark, the glyphs taken in drawing order,
    /// so each mark's glyph shows that mark and nothing else.
    private static func units(of run: GlyphRun) -> [(text: String, glyphs: [PositionedGlyph])] {
        var units: [(text: String, glyphs: [PositionedGlyph])] = []
        var utf8Start = run.text.utf8.startIndex
        var glyphEnd = run.glyphs.count
        for cluster in run.clusters {
            let utf8End = run.text.utf8.index(utf8Start, offsetBy: cluster.utf8Count)
            let text = String(decoding: run.text.utf8[utf8Start..<utf8End], as: UTF8.self)
            let glyphs = Array(run.glyphs[(glyphEnd - cluster.glyphCount)..<glyphEnd])
            utf8Start = utf8End
            glyphEnd -= cluster.glyphCount
            let scalars = Array(text.unicodeScalars)
            if scalars.count > 1, scalars.count == glyphs.count, scalars.allSatisfy(isMark) {
                for (index, scalar) in scalars.enumerated() { units.append((String(scalar), [glyphs[glyphs.count - 1 - index]])) }
            } else {
                units.append((text, glyphs))
            }
        }
        return units
    }

    /// A combining mark: drawn over, under or in the letter before it.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        [.nonspacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
    }

    /// Zero width non-joiner and joiner: format characters with no ink of their own.
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200C || scalar.value == 0x200D
    }

    /// The baseline: the y most of `glyphs` (a run's letters) share.
    private static func mostCommonY(of glyphs: [PositionedGlyph]) -> Double {
        var counts: [Double: Int] = [:]
        for glyph in glyphs { counts[glyph.y, default: 0] += 1 }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0
    }

    private static func thousandths(of ems: Double) -> Int32 {
        Int32((ems * 1000).rounded())
    }

    private static func append(_ part: BaselinePiece.Part, to pieces: inout [BaselinePiece]) {
        if let last = pieces.indices.last, (pieces[last].offsets == nil) == (part.offsets == nil) {
            pieces[last].add(part)
        } else {
            pieces.append(BaselinePiece(part))
        }
    }
}

/// A glyph of another font, moved by an offset in thousandths of an em (y grows downwards);
/// `inkless` glyphs (joiners, spaces) get a small box for PDF readers that skip text without ink.
/// `character` is the one character the glyph shows (0 for more or none), so that a glyph of the
/// font always shows the same text: mupdf 1.21 reads a glyph's text only from the ToUnicode map.
struct GlyphOffset: Hashable, Sendable {
    var glyph: UInt32
    var dx: Int32
    var dy: Int32
    var inkless: Bool
    var character: UInt32 = 0
}

/// Consecutive clusters of a backward run drawn with one font: the run's own, or (with
/// `offsets`) an ``OffsetGlyphFont`` over it, whose glyph for each offset replaces the id.
struct BaselinePiece {
    /// The clusters in text order, each with its text and its glyphs in visual order.
    fileprivate var parts: [Part]
    /// For a piece of moved clusters, each glyph's offset, in the order of `run(like:)`'s glyphs.
    var offsets: [GlyphOffset]? {
        parts.first?.offsets == nil ? nil : parts.reversed().flatMap { $0.offsets ?? [] }
    }

    fileprivate struct Part {
        var text: String
        var cluster: TextCluster
        var glyphs: [PositionedGlyph]
        var offsets: [GlyphOffset]?
    }

    fileprivate init(_ part: Part) { parts = [part] }

    fileprivate mutating func add(_ part: Part) { parts.append(part) }

    /// The piece as a backward run in `run`'s font, size and grey: glyphs in visual order (the
    /// last cluster's first), clusters and text in text order.
    func run(like run: GlyphRun) -> GlyphRun {
        GlyphRun(font: run.font, size: run.size, glyphs: parts.reversed().flatMap(\.glyphs), text: parts.map(\.text).joined(),
                 clusters: parts.map(\.cluster), clustersAreBackward: true, gray: run.gray)
    }
}
