import DisplayList
import Typography

/// Sets a short left-to-right text (most names and detail lines) from cached word shapes,
/// skipping bidi, script itemization, UAX #14 and most shaping: words are filled greedily into
/// lines (ragged, never hyphenated, later lines indented). Texts that need more (right-to-left
/// scripts, controls, a word wider than the line) are left to the paragraph path.
struct WordLineSetter {
    let cache: WordCache
    let scratch: RunScratch

    init(cache: WordCache, scratch: RunScratch = RunScratch()) {
        self.cache = cache
        self.scratch = scratch
    }

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
        let words = lines.words(ofLine: line)
        lines.words.withUnsafeBufferPointer { ids in
            var builder = RunBuilder(cache: cache, scratch: scratch, style: style, baseline: baseline, cursor: x)
            builder.add(UnsafeBufferPointer(rebasing: ids[words]), spaced: true, into: &runs)
        }
    }

    /// A short label such as an entry number ("45,384.") set character by character from the
    /// cache, so a million different numbers need only the shapes of the digits; ends at `end`.
    func drawLabel(_ text: String, style: TextStyle, endingAt end: Double, baseline: Double,
                   into runs: inout [GlyphRun]) {
        var text = text
        let key = cache.key(for: style)
        text.withUTF8 { bytes in
            // A character takes at least one byte.
            withUnsafeTemporaryAllocation(of: WordCache.ID.self, capacity: bytes.count) { buffer in
                var count = 0
                if bytes.allSatisfy({ $0 < 0x80 }) {
                    for byte in bytes {
                        buffer[count] = cache.id(ofASCII: byte, in: key)
                        count += 1
                    }
                } else {
                    for character in String(decoding: bytes, as: UTF8.self) {
                        var character = String(character)
                        buffer[count] = character.withUTF8 { cache.id(of: $0, in: key) }
                        count += 1
                    }
                }
                let characters = UnsafeBufferPointer(rebasing: buffer[..<count])
                let width = characters.reduce(0) { $0 + cache.width($1) }
                var builder = RunBuilder(cache: cache, scratch: scratch, style: style, baseline: baseline, cursor: end - width)
                builder.add(characters, spaced: false, into: &runs)
            }
        }
    }
}

/// What drawing keeps between the lines a ``WordLineSetter`` draws, so that a line allocates
/// only the arrays of the runs it makes: the arrays a run is gathered in, each font's space
/// glyph, and shared cluster maps. Belongs to one setter, and like its cache, to one thread.
final class RunScratch {
    fileprivate var glyphs: [PositionedGlyph] = []
    fileprivate var text: [UInt8] = []
    fileprivate var clusters: [TextCluster] = []
    /// Per index into the cache's faces, its space glyph and the glyph's advance per point
    /// (nil: the font shapes a space into nothing); faces not yet asked about are not here.
    fileprivate var spaces: [(glyph: UInt32, advancePerPoint: Double)?] = []
    /// `oneToOne[n]` is the cluster map of `n` clusters of one byte and one glyph each, the map
    /// of nearly every run of a Latin list, made once and shared by every run of that length.
    fileprivate var oneToOne: [[TextCluster]] = []

    /// Runs longer than this make their own cluster map.
    static let longestSharedClusterMap = 128

    init() {}

    /// The shared map of `count` clusters of one byte and one glyph, or nil when runs of that
    /// length make their own.
    fileprivate func oneToOneClusters(_ count: Int) -> [TextCluster]? {
        guard count <= Self.longestSharedClusterMap else { return nil }
        while oneToOne.count <= count {
            oneToOne.append([TextCluster](repeating: TextCluster(utf8Count: 1, glyphCount: 1), count: oneToOne.count))
        }
        return oneToOne[count]
    }

    /// The space glyph of the cache's face `face`, and its advance per point.
    fileprivate func space(inFace face: Int16, of cache: WordCache, language: String) -> (glyph: UInt32, advancePerPoint: Double)? {
        while spaces.count <= Int(face) {
            let space = cache.space(in: cache.faces[spaces.count], size: 1, language: language)
            spaces.append(space.map { ($0.glyph.id, $0.advance) })
        }
        return spaces[Int(face)]
    }
}

/// Collects positioned glyphs of cached words into runs, one per stretch of the same font,
/// in the scratch's arrays; each finished run gets copies of exactly its length.
private struct RunBuilder {
    let cache: WordCache
    let scratch: RunScratch
    let size: Double
    let language: String
    let baseline: Double
    var cursor: Double
    /// Index into the cache's faces of the run being built.
    var face: Int16?
    var glyphs: [PositionedGlyph]
    var text: [UInt8]
    var clusters: [TextCluster]
    /// Whether every cluster so far is one byte and one glyph: then `clusters` is left empty.
    var oneToOne = true
    /// The face of the last space drawn (-1: none yet) and that space: a line's spaces are
    /// nearly always in one face.
    var spaceFace: Int16 = -1
    var space: (glyph: UInt32, advancePerPoint: Double)?

    init(cache: WordCache, scratch: RunScratch, style: TextStyle, baseline: Double, cursor: Double) {
        self.cache = cache
        self.scratch = scratch
        size = style.size
        language = style.language
        self.baseline = baseline
        self.cursor = cursor
        // The scratch arrays are taken (and given back by `add`), so appending to them here
        // copies nothing.
        glyphs = scratch.glyphs
        text = scratch.text
        clusters = scratch.clusters
        scratch.glyphs = []
        scratch.text = []
        scratch.clusters = []
        glyphs.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
        clusters.removeAll(keepingCapacity: true)
    }

    /// Adds the runs of `words`, in order (with a space between each two when `spaced`), to
    /// `runs`, and gives the scratch arrays back.
    mutating func add(_ words: UnsafeBufferPointer<WordCache.ID>, spaced: Bool, into runs: inout [GlyphRun]) {
        let pieces = cache.pieces
        cache.glyphs.withUnsafeBufferPointer { allGlyphs in
            cache.text.withUnsafeBufferPointer { allText in
                cache.clusters.withUnsafeBufferPointer { allClusters in
                    pieces.withUnsafeBufferPointer { pieces in
                        for index in words.indices {
                            let wordPieces = cache.pieces(of: words[index])
                            if spaced, index > 0,
                               let face = face ?? (wordPieces.isEmpty ? nil : pieces[Int(wordPieces.lowerBound)].face) {
                                appendSpace(in: face, language: language, into: &runs)
                            }
                            for piece in wordPieces {
                                append(pieces[Int(piece)], glyphs: allGlyphs, text: allText, clusters: allClusters, into: &runs)
                            }
                        }
                    }
                }
            }
        }
        flush(into: &runs)
        scratch.glyphs = glyphs
        scratch.text = text
        scratch.clusters = clusters
    }

    private mutating func append(_ piece: WordCache.Piece, glyphs allGlyphs: UnsafeBufferPointer<WordCache.Glyph>,
                                 text allText: UnsafeBufferPointer<UInt8>, clusters allClusters: UnsafeBufferPointer<WordCache.Cluster>,
                                 into runs: inout [GlyphRun]) {
        switchFace(to: piece.face, into: &runs)
        let scale = piece.scale
        for glyph in allGlyphs[Int(piece.glyphStart)..<Int(piece.glyphStart) + Int(piece.glyphCount)] {
            glyphs.append(PositionedGlyph(id: UInt32(glyph.id), x: cursor + Double(glyph.xOffset) * scale,
                                          y: baseline - Double(glyph.yOffset) * scale))
            cursor += Double(glyph.xAdvance) * scale
        }
        text.append(contentsOf: allText[Int(piece.textStart)..<Int(piece.textStart) + Int(piece.textCount)])
        if !piece.oneBytePerGlyph, oneToOne {
            // The clusters so far were one byte and one glyph each: write them out now.
            oneToOne = false
            let before = glyphs.count - Int(piece.glyphCount)
            clusters.append(contentsOf: repeatElement(TextCluster(utf8Count: 1, glyphCount: 1), count: before))
        }
        guard !oneToOne else { return }
        if piece.oneBytePerGlyph {
            clusters.append(contentsOf: repeatElement(TextCluster(utf8Count: 1, glyphCount: 1), count: Int(piece.glyphCount)))
        } else {
            for cluster in allClusters[Int(piece.clusterStart)..<Int(piece.clusterStart) + Int(piece.clusterCount)] {
                clusters.append(TextCluster(utf8Count: Int(cluster.utf8Count), glyphCount: Int(cluster.glyphCount)))
            }
        }
    }

    /// A space glyph in `face` (drawn as its own cluster of one glyph and one byte).
    private mutating func appendSpace(in face: Int16, language: String, into runs: inout [GlyphRun]) {
        if face != spaceFace {
            spaceFace = face
            self.space = scratch.space(inFace: face, of: cache, language: language)
        }
        guard let space else { return }
        switchFace(to: face, into: &runs)
        glyphs.append(PositionedGlyph(id: space.glyph, x: cursor, y: baseline))
        cursor += space.advancePerPoint * size
        text.append(UInt8(ascii: " "))
        if !oneToOne { clusters.append(TextCluster(utf8Count: 1, glyphCount: 1)) }
    }

    private mutating func switchFace(to next: Int16, into runs: inout [GlyphRun]) {
        if let face, face != next { flush(into: &runs) }
        face = next
    }

    /// Ends the run being built, adding it to `runs` if it has glyphs.
    private mutating func flush(into runs: inout [GlyphRun]) {
        defer {
            glyphs.removeAll(keepingCapacity: true)
            text.removeAll(keepingCapacity: true)
            clusters.removeAll(keepingCapacity: true)
            oneToOne = true
        }
        guard let face, !glyphs.isEmpty else { return }
        // Copies of exactly the run's length: `Array(glyphs)` would hand over the scratch
        // array itself, with its spare capacity, and leave the scratch to allocate anew.
        let clusters = oneToOne ? scratch.oneToOneClusters(glyphs.count)
            ?? [TextCluster](repeating: TextCluster(utf8Count: 1, glyphCount: 1), count: glyphs.count)
            : self.clusters.withUnsafeBufferPointer { Array($0) }
        runs.append(GlyphRun(font: cache.faces[Int(face)].reference, size: size, glyphs: glyphs.withUnsafeBufferPointer { Array($0) },
                             text: String(decoding: text, as: UTF8.self), clusters: clusters))
    }
}
