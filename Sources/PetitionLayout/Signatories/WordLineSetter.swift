import DisplayList
import Typography

/// Sets a short left-to-right text (most names and detail lines) from cached word shapes,
/// skipping bidi, script itemization, UAX #14 and most shaping: words are filled greedily into
/// lines (ragged, never hyphenated, later lines indented). Texts that need more (right-to-left
/// scripts, controls, a word wider than the line) are left to the paragraph path.
struct WordLineSetter {
    let cache: WordCache

    /// A text split into lines of words, keeping the words' shapes for drawing.
    struct Lines {
        var words: [WordCache.Word]
        /// Word index ranges, one per line.
        var lines: [Range<Int>]
        var missing: [Unicode.Scalar]
    }

    /// The text's lines at `width` (later lines `indent` narrower), or nil when the text is not
    /// for this path.
    func lines(_ text: String, style: TextStyle, width: Double, indent: Double) -> Lines? {
        guard let words = words(of: text) else { return nil }
        var shapes: [WordCache.Word] = []
        shapes.reserveCapacity(words.count)
        var lines: [Range<Int>] = []
        var missing: [Unicode.Scalar] = []
        var lineStart = 0
        var used = 0.0
        var previous: WordCache.Piece?
        for (index, word) in words.enumerated() {
            let shaped = cache.word(word, style: style)
            shapes.append(shaped)
            missing += shaped.missing
            if index > lineStart, let face = (previous ?? shaped.pieces.first)?.face {
                let space = cache.space(in: face, size: style.size, language: style.language)?.advance ?? style.size / 4
                if used + space + shaped.width <= (lines.isEmpty ? width : width - indent) {
                    used += space + shaped.width
                    previous = shaped.pieces.last ?? previous
                    continue
                }
                lines.append(lineStart..<index)
                lineStart = index
                used = 0
            }
            guard shaped.width <= (lines.isEmpty ? width : width - indent) else { return nil }
            used = shaped.width
            previous = shaped.pieces.last ?? previous
        }
        lines.append(lineStart..<words.count)
        return Lines(words: shapes, lines: lines, missing: missing)
    }

    /// Glyph runs of one line (adjacent pieces in one font share a run) starting at `x` on
    /// `baseline`. The space that ends a line is not drawn: extracted text breaks the line there.
    func runs(_ lines: Lines, line: Int, style: TextStyle, x: Double, baseline: Double, gray: Double) -> [GlyphRun] {
        var builder = RunBuilder(size: style.size, gray: gray, baseline: baseline, cursor: x)
        for index in lines.lines[line] {
            let shaped = lines.words[index]
            if index > lines.lines[line].lowerBound, let face = builder.face ?? shaped.pieces.first?.face,
               let space = cache.space(in: face, size: style.size, language: style.language) {
                builder.append(glyph: space.glyph, advance: space.advance, face: face, text: " ")
            }
            for piece in shaped.pieces { builder.append(piece) }
        }
        return builder.finish()
    }

    /// A short label such as an entry number ("45,384.") set character by character from the
    /// cache, so a million different numbers need only the shapes of the digits; ends at `end`.
    func label(_ text: String, style: TextStyle, endingAt end: Double, baseline: Double, gray: Double) -> [GlyphRun] {
        let characters = text.indices.map { cache.word(text[$0...$0], style: style) }
        let width = characters.reduce(0) { $0 + $1.width }
        var builder = RunBuilder(size: style.size, gray: gray, baseline: baseline, cursor: end - width)
        for character in characters {
            for piece in character.pieces { builder.append(piece) }
        }
        return builder.finish()
    }

    /// The words of a plain left-to-right text split at single spaces, or nil if it is not plain.
    private func words(of text: String) -> [Substring]? {
        guard !text.isEmpty, BidiLevels.isPlainLeftToRight(text.utf16),
              !text.utf16.contains(where: { $0 < 0x20 || $0 == 0x2028 || $0 == 0x2029 }) else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        return words.contains(where: \.isEmpty) ? nil : words
    }
}

/// Collects positioned glyphs into runs, one per stretch of the same font.
private struct RunBuilder {
    let size: Double
    let gray: Double
    let baseline: Double
    var cursor: Double
    var face: FontFace?
    var glyphs: [PositionedGlyph] = []
    var text = ""
    var clusters: [TextCluster] = []
    var runs: [GlyphRun] = []

    init(size: Double, gray: Double, baseline: Double, cursor: Double) {
        self.size = size
        self.gray = gray
        self.baseline = baseline
        self.cursor = cursor
    }

    mutating func append(_ piece: WordCache.Piece) {
        switchFace(to: piece.face)
        for glyph in piece.glyphs {
            glyphs.append(PositionedGlyph(id: glyph.id, x: cursor + glyph.xOffset * piece.scale, y: baseline - glyph.yOffset * piece.scale))
            cursor += glyph.xAdvance * piece.scale
        }
        text += piece.text
        clusters += piece.clusters
    }

    mutating func append(glyph: ShapedGlyph, advance: Double, face: FontFace, text added: String) {
        switchFace(to: face)
        glyphs.append(PositionedGlyph(id: glyph.id, x: cursor, y: baseline))
        cursor += advance
        text += added
        clusters.append(TextCluster(utf8Count: added.utf8.count, glyphCount: 1))
    }

    private mutating func switchFace(to next: FontFace) {
        if let face, face !== next { flush() }
        face = next
    }

    private mutating func flush() {
        guard let face, !glyphs.isEmpty else { return }
        runs.append(GlyphRun(font: face.reference, size: size, glyphs: glyphs, text: text, clusters: clusters, gray: gray))
        glyphs = []
        text = ""
        clusters = []
    }

    mutating func finish() -> [GlyphRun] {
        flush()
        return runs
    }
}
