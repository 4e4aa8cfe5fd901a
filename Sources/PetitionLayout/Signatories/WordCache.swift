import DisplayList
import Typography

/// Shaped words, remembered: signatory lists repeat the same first names, surnames, cities and
/// organisations thousands of times, so each word is shaped once and its glyphs reused.
/// Belongs to one layout run (no locking); bounded, so a list of unique words cannot grow it
/// without limit.
final class WordCache {
    /// A word's glyphs in one font, with the text and cluster map they show.
    struct Piece {
        var face: FontFace
        var scale: Double
        var glyphs: [ShapedGlyph]
        var text: String
        var clusters: [TextCluster]
    }

    struct Word {
        var width: Double
        var pieces: [Piece]
        var missing: [Unicode.Scalar]
    }

    private struct Style: Hashable {
        var weight: FontWeight
        var size: Double
    }

    /// Words kept at most; past this the cache starts afresh.
    static let capacity = 100_000

    /// Per style, words keyed by their text. Keys are substrings of their own strings, so a
    /// lookup with a slice of a name allocates nothing.
    private var words: [Style: [Substring: Word]] = [:]
    private var count = 0
    private var spaces: [ObjectIdentifier: (glyph: ShapedGlyph, advance: Double)] = [:]
    let library: FontLibrary

    init(library: FontLibrary) {
        self.library = library
    }

    /// The shaped word (plain left-to-right text without spaces) in `style`.
    func word(_ text: Substring, style: TextStyle) -> Word {
        let key = Style(weight: style.weight, size: style.size)
        if let cached = words[key]?[text] { return cached }
        if count >= Self.capacity {
            words.removeAll(keepingCapacity: true)
            count = 0
        }
        let owned = String(text)
        let shaped = ShapedText(owned, style: style, direction: .leftToRight, library: library)
        let pieces = shaped.runs.map { run -> Piece in
            let fragment = LineFragment(run: run, range: run.range, glyphs: run.glyphs)
            let map = ClusterMap(fragment: fragment, suppressedBefore: run.range.lowerBound, shaped: shaped)
            return Piece(face: run.face, scale: run.scale, glyphs: run.glyphs, text: map.text, clusters: map.clusters)
        }
        let word = Word(width: shaped.width, pieces: pieces, missing: shaped.missingGlyphs.map(\.scalar))
        words[key, default: [:]][owned[...]] = word
        count += 1
        return word
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
}
