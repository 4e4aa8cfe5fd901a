import DisplayList
import Typography

/// Shaped words, remembered: signatory lists repeat the same first names, surnames, cities and
/// organisations thousands of times, so each word is shaped once and its glyphs reused.
/// Words are keyed by their UTF-8 bytes (the list's text is NFC already, so equal words have equal
/// bytes), which hashes far faster than `String`'s normalising hash and needs no `String` per
/// lookup. Belongs to one layout run (no locking); bounded, so a list of unique words cannot grow
/// it without limit.
final class WordCache {
    /// A word's glyphs in one font: where its glyphs, text and clusters lie in the cache's
    /// shared arrays (so copying a piece retains nothing).
    struct Piece {
        /// Index into ``faces``.
        var face: Int32
        /// Points per font unit.
        var scale: Double
        var glyphs: Range<Int32>
        var text: Range<Int32>
        var clusters: Range<Int32>
    }

    /// One glyph of a cached word in font units, which HarfBuzz gives as integers: a quarter of
    /// the size of a ``ShapedGlyph`` without its cluster.
    struct Glyph {
        var id: UInt32
        var xOffset: Int32
        var yOffset: Int32
        var xAdvance: Int32
    }

    /// A ``TextCluster`` of a cached word, in half its size.
    struct Cluster {
        var utf8Count: UInt32
        var glyphCount: UInt32
    }

    /// What line filling needs of a word.
    struct Metrics {
        var width: Double
        /// The space after a word that ends in this word's first font (nil: the word has no glyphs).
        var spaceInFirstFont: Double?
        /// The space after this word, in its last font (nil: the word has no glyphs).
        var spaceInLastFont: Double?
        var hasMissingGlyphs: Bool
        /// Indices into ``pieces``.
        var pieces: Range<Int32>
    }

    /// Index of a cached word, valid until ``startAfreshIfFull()`` empties the cache.
    typealias ID = Int32

    private struct Style: Equatable {
        var weight: FontWeight
        var size: Double
    }

    /// Words kept at most; past this the cache starts afresh.
    static let capacity = 100_000

    private var styles: [Style] = []
    /// The text style each of `styles` was first asked for, to shape its words in.
    private var textStyles: [TextStyle] = []
    /// Per style, the IDs of the ASCII characters looked up alone (-1: not yet), for labels.
    private var asciiCharacters: [[ID]] = []
    private var table = WordTable()
    private var metrics: [Metrics] = []
    private var missing: [ID: [Unicode.Scalar]] = [:]
    private(set) var pieces: [Piece] = []
    private(set) var glyphs: [Glyph] = []
    private(set) var text: [UInt8] = []
    private(set) var clusters: [Cluster] = []
    /// Fonts the pieces are in; never emptied (a handful).
    private(set) var faces: [FontFace] = []
    private var spaces: [ObjectIdentifier: (glyph: ShapedGlyph, advance: Double)] = [:]
    let library: FontLibrary

    init(library: FontLibrary) {
        self.library = library
    }

    /// A text style as the cache knows it, to look many words up in.
    struct StyleKey {
        /// Index into `styles` and `textStyles`.
        fileprivate let index: Int
    }

    /// The key of `style` (words differ by weight and size; the font set and language are the
    /// layout run's).
    func key(for style: TextStyle) -> StyleKey {
        let key = Style(weight: style.weight, size: style.size)
        if let index = styles.firstIndex(of: key) { return StyleKey(index: index) }
        styles.append(key)
        textStyles.append(style)
        asciiCharacters.append([ID](repeating: -1, count: 128))
        return StyleKey(index: styles.count - 1)
    }

    /// The cached word whose UTF-8 bytes are `text` (plain left-to-right text without spaces)
    /// in `style`, shaped now if it is new.
    func id(of text: UnsafeBufferPointer<UInt8>, in style: StyleKey) -> ID {
        if let id = table.find(text, style: style.index) { return id }
        let id = ID(metrics.count)
        metrics.append(shape(String(decoding: text, as: UTF8.self), style: textStyles[style.index], id: id))
        table.insert(text, style: style.index, id: id)
        return id
    }

    /// The cached word that is the one ASCII character `byte`, in `style`.
    func id(ofASCII byte: UInt8, in style: StyleKey) -> ID {
        let cached = asciiCharacters[style.index][Int(byte)]
        if cached >= 0 { return cached }
        let id = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { buffer in
            buffer[0] = byte
            return self.id(of: UnsafeBufferPointer(buffer), in: style)
        }
        asciiCharacters[style.index][Int(byte)] = id
        return id
    }

    /// The line-filling measures of word `id`, and where its pieces are.
    func metrics(_ id: ID) -> Metrics { metrics[Int(id)] }

    /// Characters of word `id` that no font of its style has.
    func missingCharacters(_ id: ID) -> [Unicode.Scalar] { missing[id] ?? [] }

    /// Empties the cache once it holds ``capacity`` words. Called between entries, so no ID
    /// still in use is invalidated.
    func startAfreshIfFull() {
        guard metrics.count >= Self.capacity else { return }
        table = WordTable()
        asciiCharacters = asciiCharacters.map { $0.map { _ in -1 } }
        metrics.removeAll(keepingCapacity: true)
        missing.removeAll()
        pieces.removeAll(keepingCapacity: true)
        glyphs.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
        clusters.removeAll(keepingCapacity: true)
    }

    /// The space glyph of `face` and its advance in points at `size`.
    func space(in face: FontFace, size: Double, language: String) -> (glyph: ShapedGlyph, advance: Double)? {
        let id = ObjectIdentifier(face)
        if let space = spaces[id] { return (space.glyph, space.advance * size) }
        guard let glyph = Shaper.shape([0x20], range: 0..<1, face: face, direction: .leftToRight,
                                       script: .latin, language: language).first else { return nil }
        let perPoint = glyph.xAdvance / face.unitsPerEm
        spaces[id] = (glyph, perPoint)
        return (glyph, perPoint * size)
    }

    private func space(in face: FontFace, style: TextStyle) -> Double {
        space(in: face, size: style.size, language: style.language)?.advance ?? style.size / 4
    }

    /// Shapes a new word into the shared arrays and returns its measures.
    private func shape(_ word: String, style: TextStyle, id: ID) -> Metrics {
        let shaped = ShapedText(word, style: style, direction: .leftToRight, library: library)
        let firstPiece = Int32(pieces.count)
        for fragment in LineFragments.collect(shaped, range: 0..<shaped.utf16.count) {
            let run = fragment.run
            let map = ClusterMap(fragment: fragment, suppressedBefore: run.range.lowerBound, shaped: shaped)
            let face = faces.firstIndex { $0 === run.face } ?? faces.count
            if face == faces.count { faces.append(run.face) }
            let glyphStart = Int32(glyphs.count)
            let textStart = Int32(text.count)
            let clusterStart = Int32(clusters.count)
            glyphs += fragment.glyphs.map { glyph in
                assert([glyph.xOffset, glyph.yOffset, glyph.xAdvance].allSatisfy { $0 == $0.rounded() }, "HarfBuzz positions are integers")
                return Glyph(id: glyph.id, xOffset: Int32(glyph.xOffset), yOffset: Int32(glyph.yOffset), xAdvance: Int32(glyph.xAdvance))
            }
            text += map.text.utf8
            clusters += map.clusters.map { Cluster(utf8Count: UInt32(clamping: $0.utf8Count), glyphCount: UInt32(clamping: $0.glyphCount)) }
            pieces.append(Piece(face: Int32(face), scale: run.scale, glyphs: glyphStart..<Int32(glyphs.count), text: textStart..<Int32(text.count),
                                clusters: clusterStart..<Int32(clusters.count)))
        }
        if !shaped.missingGlyphs.isEmpty { missing[id] = shaped.missingGlyphs.map(\.scalar) }
        return Metrics(width: shaped.width, spaceInFirstFont: shaped.runs.first.map { space(in: $0.face, style: style) },
                       spaceInLastFont: shaped.runs.last.map { space(in: $0.face, style: style) },
                       hasMissingGlyphs: !shaped.missingGlyphs.isEmpty, pieces: firstPiece..<Int32(pieces.count))
    }
}
