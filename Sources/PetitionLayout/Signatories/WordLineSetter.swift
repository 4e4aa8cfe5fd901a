import DisplayList
import Typography

/// Sets a short left-to-right text (most names and detail lines) from cached word shapes,
/// skipping bidi, script itemization, UAX #14 and most shaping: words are filled greedily into
/// lines (ragged, never hyphenated, later lines indented). Texts that need more (right-to-left
/// scripts, controls, a word wider than the line) are left to the paragraph path.
struct WordLineSetter {
    let cache: WordCache

    /// A text split into lines of cached words, for drawing.
    struct Lines {
        /// The words, in order.
        var words: [WordCache.ID]
        /// Where each line after the first starts (indices into `words`): empty for one line.
        var breaks: [Int]
        var missing: [Unicode.Scalar]

        var count: Int { breaks.count + 1 }

        /// Indices into `words` of line `line`.
        func words(ofLine line: Int) -> Range<Int> {
            (line == 0 ? 0 : breaks[line - 1])..<(line == breaks.count ? words.count : breaks[line])
        }
    }

    /// The text's lines at `width` (later lines `indent` narrower), or nil when the text is not
    /// for this path.
    func lines(_ text: String, style: TextStyle, width: Double, indent: Double) -> Lines? {
        var text = text
        return text.withUTF8 { lines($0, style: style, width: width, indent: indent) }
    }

    /// The lines of the text whose UTF-8 bytes are `text`; see ``lines(_:style:width:indent:)``.
    func lines(_ text: UnsafeBufferPointer<UInt8>, style: TextStyle, width: Double, indent: Double) -> Lines? {
        var result = Lines(words: [], breaks: [], missing: [])
        result.words.reserveCapacity(4)
        var used = 0.0
        // The space before the next word: in the last font of the words so far.
        var space: Double?
        var fits = true
        let key = cache.key(for: style)
        let plain = PlainWords.forEach(in: text) { range in
            guard fits else { return }
            // A word this long is wider than any column: the paragraph path cuts it.
            guard range.count <= WordCache.longestWord else {
                fits = false
                return
            }
            let id = cache.id(of: UnsafeBufferPointer(rebasing: text[range]), in: key)
            let word = cache.metrics(id, in: key)
            guard word.isCached else {
                fits = false
                return
            }
            if word.hasMissingGlyphs { result.missing += cache.missingCharacters(id) }
            let index = result.words.count
            result.words.append(id)
            if index > (result.breaks.last ?? 0), let gap = space ?? word.spaceInFirstFont {
                if used + gap + word.width <= (result.breaks.isEmpty ? width : width - indent) {
                    used += gap + word.width
                    space = word.spaceInLastFont ?? space
                    return
                }
                result.breaks.append(index)
                used = 0
            }
            guard word.width <= (result.breaks.isEmpty ? width : width - indent) else {
                fits = false
                return
            }
            used = word.width
            space = word.spaceInLastFont ?? space
        }
        return plain && fits ? result : nil
    }

    /// Glyph runs of one line (adjacent pieces in one font share a run) starting at `x` on
    /// `baseline`, added to `runs`. The space that ends a line is not drawn: extracted text
    /// breaks the line there.
    func draw(_ lines: Lines, line: Int, style: TextStyle, x: Double, baseline: Double, into runs: inout [GlyphRun]) {
        var builder = RunBuilder(cache: cache, style: style, baseline: baseline, cursor: x)
        let words = lines.words(ofLine: line)
        builder.reserveCapacity(forWords: lines.words[words])
        for index in words {
            let pieces = cache.pieces(of: lines.words[index])
            if index > words.lowerBound, let face = builder.face ?? (pieces.isEmpty ? nil : cache.pieces[Int(pieces.lowerBound)].face) {
                builder.appendSpace(in: face, into: &runs)
            }
            for piece in pieces { builder.append(cache.pieces[Int(piece)], into: &runs) }
        }
        builder.flush(into: &runs)
    }

    /// A short label such as an entry number ("45,384.") set character by character from the
    /// cache, so a million different numbers need only the shapes of the digits; ends at `end`.
    func drawLabel(_ text: String, style: TextStyle, endingAt end: Double, baseline: Double,
                   into runs: inout [GlyphRun]) {
        var characters: [WordCache.ID] = []
        var text = text
        let key = cache.key(for: style)
        text.withUTF8 { bytes in
            if bytes.allSatisfy({ $0 < 0x80 }) {
                characters = bytes.map { cache.id(ofASCII: $0, in: key) }
            } else {
                characters = String(decoding: bytes, as: UTF8.self).map { character in
                    var character = String(character)
                    return character.withUTF8 { cache.id(of: $0, in: key) }
                }
            }
        }
        let width = characters.reduce(0) { $0 + cache.width($1) }
        var builder = RunBuilder(cache: cache, style: style, baseline: baseline, cursor: end - width)
        builder.reserveCapacity(forWords: characters[...])
        for character in characters {
            for piece in cache.pieces(of: character) { builder.append(cache.pieces[Int(piece)], into: &runs) }
        }
        builder.flush(into: &runs)
    }
}

/// Collects positioned glyphs of cached words into runs, one per stretch of the same font.
private struct RunBuilder {
    let cache: WordCache
    let style: TextStyle
    let baseline: Double
    var cursor: Double
    /// Index into the cache's faces of the run being built.
    var face: Int16?
    var glyphs: [PositionedGlyph] = []
    var text: [UInt8] = []
    var clusters: [TextCluster] = []

    init(cache: WordCache, style: TextStyle, baseline: Double, cursor: Double) {
        self.cache = cache
        self.style = style
        self.baseline = baseline
        self.cursor = cursor
    }

    /// Makes room for `words` (and the spaces between them) in one run, sparing the arrays'
    /// growth steps; a run is rarely longer than a line.
    mutating func reserveCapacity(forWords words: ArraySlice<WordCache.ID>) {
        var glyphCount = words.count
        var byteCount = words.count
        for word in words {
            for piece in cache.pieces(of: word) {
                let piece = cache.pieces[Int(piece)]
                glyphCount += Int(piece.glyphCount)
                byteCount += Int(piece.textCount)
            }
        }
        glyphs.reserveCapacity(glyphCount)
        text.reserveCapacity(byteCount)
        clusters.reserveCapacity(glyphCount)
    }

    mutating func append(_ piece: WordCache.Piece, into runs: inout [GlyphRun]) {
        switchFace(to: piece.face, into: &runs)
        cache.glyphs.withUnsafeBufferPointer { all in
            for glyph in all[Int(piece.glyphStart)..<Int(piece.glyphStart) + Int(piece.glyphCount)] {
                glyphs.append(PositionedGlyph(id: UInt32(glyph.id), x: cursor + Double(glyph.xOffset) * piece.scale,
                                              y: baseline - Double(glyph.yOffset) * piece.scale))
                cursor += Double(glyph.xAdvance) * piece.scale
            }
        }
        cache.text.withUnsafeBufferPointer { all in
            text.append(contentsOf: all[Int(piece.textStart)..<Int(piece.textStart) + Int(piece.textCount)])
        }
        if piece.oneBytePerGlyph {
            clusters.append(contentsOf: repeatElement(TextCluster(utf8Count: 1, glyphCount: 1), count: Int(piece.glyphCount)))
        } else {
            cache.clusters.withUnsafeBufferPointer { all in
                for cluster in all[Int(piece.clusterStart)..<Int(piece.clusterStart) + Int(piece.clusterCount)] {
                    clusters.append(TextCluster(utf8Count: Int(cluster.utf8Count), glyphCount: Int(cluster.glyphCount)))
                }
            }
        }
    }

    /// A space glyph in `face` (drawn as its own cluster of one glyph and one byte).
    mutating func appendSpace(in face: Int16, into runs: inout [GlyphRun]) {
        guard let space = cache.space(in: cache.faces[Int(face)], size: style.size, language: style.language) else { return }
        switchFace(to: face, into: &runs)
        glyphs.append(PositionedGlyph(id: space.glyph.id, x: cursor, y: baseline))
        cursor += space.advance
        text.append(UInt8(ascii: " "))
        clusters.append(TextCluster(utf8Count: 1, glyphCount: 1))
    }

    private mutating func switchFace(to next: Int16, into runs: inout [GlyphRun]) {
        if let face, face != next { flush(into: &runs) }
        face = next
    }

    /// Ends the run being built, adding it to `runs` if it has glyphs.
    mutating func flush(into runs: inout [GlyphRun]) {
        guard let face, !glyphs.isEmpty else { return }
        runs.append(GlyphRun(font: cache.faces[Int(face)].reference, size: style.size, glyphs: glyphs,
                             text: String(decoding: text, as: UTF8.self), clusters: clusters))
        glyphs = []
        text = []
        clusters = []
    }
}
