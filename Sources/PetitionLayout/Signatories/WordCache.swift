import DisplayList
import Typography

/// Shaped words, remembered: signatory lists repeat the same first names, surnames, cities and
/// organisations thousands of times, so each word is shaped once and its glyphs reused.
/// Words are keyed by their UTF-8 bytes (the list's text is NFC already, so equal words have equal
/// bytes), which hashes far faster than `String`'s normalising hash and needs no `String` per
/// lookup. Belongs to one layout run (no locking).
///
/// Bounded: a real list brings about one new word in every two names (54,000 distinct words in
/// 100,000 rows), so the cache holds at most ``capacity`` words; when full it keeps the words
/// that came back (common first names, surnames, cities, countries) and forgets the rest,
/// which are mostly words seen once (see ``makeRoomIfFull()``). Each word
/// is kept compactly, in shared arrays of small records (about 150 bytes for a Latin word of
/// seven letters): glyph ids and positions in 16-bit font units, and no cluster map at all for
/// the usual piece that shows one byte per glyph.
final class WordCache {
    /// A word's glyphs in one font: where its glyphs, text and clusters lie in the cache's
    /// shared arrays (so copying a piece retains nothing).
    struct Piece {
        /// Points per font unit.
        var scale: Double
        var glyphStart: Int32
        var textStart: Int32
        /// Where the clusters are in ``clusters``; unused when `oneBytePerGlyph`.
        var clusterStart: Int32
        var glyphCount: UInt16
        var textCount: UInt16
        var clusterCount: UInt16
        /// Index into ``faces``.
        var face: Int16
        /// Every glyph shows one byte of the text (clusters of one byte and one glyph, as in a
        /// word of plain ASCII letters): no clusters are stored.
        var oneBytePerGlyph: Bool
    }

    /// One glyph of a cached word in font units, which HarfBuzz gives as integers.
    struct Glyph {
        var id: UInt16
        var xAdvance: Int16
        var xOffset: Int16
        var yOffset: Int16
    }

    /// A ``TextCluster`` of a cached word.
    struct Cluster {
        var utf8Count: UInt16
        var glyphCount: UInt16
    }

    /// What line filling needs of a word.
    struct Metrics {
        var width: Double
        /// The space after a word that ends in this word's first font (nil: the word has no glyphs).
        var spaceInFirstFont: Double?
        /// The space after this word, in its last font (nil: the word has no glyphs).
        var spaceInLastFont: Double?
        var hasMissingGlyphs: Bool
        /// False for the (theoretical) word whose glyphs or counts do not fit the compact
        /// records; such a text is left to the paragraph path.
        var isCached: Bool
        /// Indices into ``pieces``.
        var pieces: Range<Int32>
    }

    /// A cached word as stored: 24 bytes.
    private struct Word {
        var width: Double
        var pieceStart: Int32
        var pieceCount: UInt16
        /// Indices into ``faces`` of the word's first and last fonts; -1 when it has no glyphs.
        var firstFace: Int16
        var lastFace: Int16
        /// Times the word was looked up again since it was shaped (stops at its maximum), halved
        /// each time ``makeRoomIfFull()`` keeps it.
        var reuses: UInt8 = 0
        var hasMissingGlyphs: Bool
        var isCached: Bool
    }

    /// Index of a cached word, valid until ``makeRoomIfFull()`` renumbers the words.
    typealias ID = Int32

    private struct Style: Equatable {
        var weight: FontWeight
        var size: Double
    }

    /// Words held at most. Enough for the distinct words of half a 100,000-name list (each half
    /// is measured and drawn with a cache of its own), so no word there is shaped twice; a
    /// longer list reshapes only the words that do not come back often. About 18 MB allocated at
    /// the bound (heaptrack, 1,000,000 names), half of it the glyphs' array.
    static let capacity = 65_536

    /// Words this cache holds before it makes room (``capacity`` but in tests).
    let wordLimit: Int
    /// Words kept when making room, at most: three quarters of `wordLimit`, so that each time
    /// there is room for at least a quarter of new words.
    let keptLimit: Int

    /// Longest word (in UTF-8 bytes) the cache takes; a longer one is always wider than a column
    /// and goes to the paragraph path, which cuts it. (Fields are at most 300 characters.)
    static let longestWord = 4_096

    private var styles: [Style] = []
    /// The text style each of `styles` was first asked for, to shape its words in.
    private var textStyles: [TextStyle] = []
    /// Per style, the IDs of the ASCII characters looked up alone (-1: not yet), for labels.
    private var asciiCharacters: [[ID]] = []
    private var table = WordTable()
    /// Unchecked: each lookup reads its word here and counts a reuse, and a class's stored
    /// property is otherwise checked for exclusive access at run time each time (0.8 % of all
    /// instructions at 100,000 names). The cache belongs to one thread, and no two accesses to
    /// `words` overlap.
    @exclusivity(unchecked) private var words: [Word] = []
    private var missing: [ID: [Unicode.Scalar]] = [:]
    private(set) var pieces: [Piece] = []
    private(set) var glyphs: [Glyph] = []
    private(set) var text: [UInt8] = []
    private(set) var clusters: [Cluster] = []
    /// Fonts the pieces are in; never emptied (a handful).
    private(set) var faces: [FontFace] = []
    /// Per font in `faces`, its space glyph's advance per point, nil when it has none.
    private var spacePerPoint: [Double?] = []
    private var spaces: [ObjectIdentifier: (glyph: ShapedGlyph, advance: Double)] = [:]
    let library: FontLibrary

    init(library: FontLibrary, wordLimit: Int = WordCache.capacity) {
        self.library = library
        self.wordLimit = wordLimit
        keptLimit = wordLimit * 3 / 4
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

    /// The cached word whose UTF-8 bytes are `text` (plain left-to-right text without spaces,
    /// at most ``longestWord`` bytes) in `style`, shaped now if it is new.
    func id(of text: UnsafeBufferPointer<UInt8>, in style: StyleKey) -> ID {
        if let id = table.find(text, style: style.index) {
            noteReuse(of: id)
            return id
        }
        let id = ID(words.count)
        words.append(shape(String(decoding: text, as: UTF8.self), style: textStyles[style.index], id: id))
        table.insert(text, style: style.index, id: id)
        return id
    }

    /// The cached word that is the one ASCII character `byte`, in `style`.
    func id(ofASCII byte: UInt8, in style: StyleKey) -> ID {
        let cached = asciiCharacters[style.index][Int(byte)]
        if cached >= 0 {
            noteReuse(of: cached)
            return cached
        }
        let id = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { buffer in
            buffer[0] = byte
            return self.id(of: UnsafeBufferPointer(buffer), in: style)
        }
        asciiCharacters[style.index][Int(byte)] = id
        return id
    }

    /// The line-filling measures of word `id` in `style` (the style it was looked up in), and
    /// where its pieces are.
    func metrics(_ id: ID, in style: StyleKey) -> Metrics {
        let word = words[Int(id)]
        let size = styles[style.index].size
        return Metrics(width: word.width, spaceInFirstFont: space(inFace: word.firstFace, size: size),
                       spaceInLastFont: space(inFace: word.lastFace, size: size), hasMissingGlyphs: word.hasMissingGlyphs,
                       isCached: word.isCached, pieces: word.pieceStart..<(word.pieceStart + Int32(word.pieceCount)))
    }

    /// Word `id`'s width in points.
    func width(_ id: ID) -> Double { words[Int(id)].width }

    /// Indices into ``pieces`` of word `id`.
    func pieces(of id: ID) -> Range<Int32> {
        let word = words[Int(id)]
        return word.pieceStart..<(word.pieceStart + Int32(word.pieceCount))
    }

    /// Characters of word `id` that no font of its style has.
    func missingCharacters(_ id: ID) -> [Unicode.Scalar] { missing[id] ?? [] }

    /// Words the cache holds.
    var wordCount: Int { words.count }

    private func noteReuse(of id: ID) {
        let index = Int(id)
        if words[index].reuses < .max { words[index].reuses += 1 }
    }

    /// Once the cache holds `wordLimit` words, keeps the words that came back: those with
    /// reuses counted (the most reused, at most ``keptLimit``); forgets the rest, and numbers the
    /// kept words 0, 1, 2 … in their old order. A kept word's count is halved, so a word that
    /// stops coming back (a surname of a list in alphabetical order) is forgotten after a few
    /// rounds and leaves its place to the words that come now.
    ///
    /// On a 1,000,000-name list, this shapes a word 637,000 times where starting afresh shaped
    /// 1,265,000 times (measuring and drawing both halves; 199,000 distinct words).
    /// Called between entries, as IDs are held only while one entry is set: no ID still in use
    /// changes. The arrays keep their storage for the next words.
    func makeRoomIfFull() {
        guard words.count >= wordLimit else { return }
        let kept = wordsToKeep()
        var newIDs = [ID](repeating: -1, count: words.count)
        var pieceCount = 0
        var glyphCount = 0
        var textCount = 0
        var clusterCount = 0
        // In increasing order every record moves down (or stays), so none is overwritten
        // before it is moved.
        for (newID, oldID) in kept.enumerated() {
            var word = words[Int(oldID)]
            let oldPieces = Int(word.pieceStart)..<Int(word.pieceStart) + Int(word.pieceCount)
            word.pieceStart = Int32(pieceCount)
            word.reuses /= 2
            for index in oldPieces {
                var piece = pieces[index]
                Self.move(&glyphs, from: Int(piece.glyphStart), count: Int(piece.glyphCount), to: &glyphCount)
                piece.glyphStart = Int32(glyphCount - Int(piece.glyphCount))
                Self.move(&text, from: Int(piece.textStart), count: Int(piece.textCount), to: &textCount)
                piece.textStart = Int32(textCount - Int(piece.textCount))
                if !piece.oneBytePerGlyph {
                    Self.move(&clusters, from: Int(piece.clusterStart), count: Int(piece.clusterCount), to: &clusterCount)
                }
                piece.clusterStart = Int32(clusterCount - (piece.oneBytePerGlyph ? 0 : Int(piece.clusterCount)))
                pieces[pieceCount] = piece
                pieceCount += 1
            }
            words[newID] = word
            newIDs[Int(oldID)] = ID(newID)
        }
        words.removeSubrange(kept.count...)
        pieces.removeSubrange(pieceCount...)
        glyphs.removeSubrange(glyphCount...)
        text.removeSubrange(textCount...)
        clusters.removeSubrange(clusterCount...)
        table.keep(kept)
        missing = Dictionary(uniqueKeysWithValues: missing.compactMap { id, scalars in
            let newID = newIDs[Int(id)]
            return newID >= 0 ? (newID, scalars) : nil
        })
        asciiCharacters = asciiCharacters.map { ids in ids.map { $0 >= 0 ? newIDs[Int($0)] : -1 } }
    }

    /// Words ``makeRoomIfFull()`` keeps, in increasing order: those looked up again, and of them
    /// only the most looked up when there are more than ``keptLimit`` (among equally used words,
    /// the older).
    private func wordsToKeep() -> [ID] {
        var wordsByReuses = [Int](repeating: 0, count: Int(UInt8.max) + 1)
        for word in words { wordsByReuses[Int(word.reuses)] += 1 }
        // The fewest reuses a kept word has, and how many words with exactly that many are kept.
        var fewest = Int(UInt8.max)
        var keptWithFewest = 0
        var keptCount = 0
        while fewest >= 1 {
            let room = keptLimit - keptCount
            keptWithFewest = min(wordsByReuses[fewest], room)
            keptCount += keptWithFewest
            if keptCount == keptLimit || fewest == 1 { break }
            fewest -= 1
        }
        var kept: [ID] = []
        kept.reserveCapacity(keptCount)
        for (id, word) in words.enumerated() where word.reuses >= fewest {
            if Int(word.reuses) == fewest {
                guard keptWithFewest > 0 else { continue }
                keptWithFewest -= 1
            }
            kept.append(ID(id))
        }
        return kept
    }

    /// Moves `count` elements of `array` from `start` down to `end` (at most `start`), and
    /// advances `end` past them.
    private static func move<Element>(_ array: inout [Element], from start: Int, count: Int, to end: inout Int) {
        assert(end <= start, "records only move down")
        if end != start {
            let to = end
            array.withUnsafeMutableBufferPointer { elements in
                // Front to back, so an overlapping stretch is read before it is written.
                for offset in 0..<count { elements[to + offset] = elements[start + offset] }
            }
        }
        end += count
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

    /// The space after a word ending in font `face` (an index into `faces`, -1 for none) at `size`:
    /// the font's space glyph, else a quarter em.
    private func space(inFace face: Int16, size: Double) -> Double? {
        guard face >= 0 else { return nil }
        return spacePerPoint[Int(face)].map { $0 * size } ?? size / 4
    }

    /// The index of `face` in `faces`, added (with its space) if new.
    private func index(of face: FontFace, language: String) -> Int16 {
        if let index = faces.firstIndex(where: { $0 === face }) { return Int16(index) }
        faces.append(face)
        spacePerPoint.append(space(in: face, size: 1, language: language)?.advance)
        return Int16(faces.count - 1)
    }

    /// Shapes a new word into the shared arrays and returns its record.
    private func shape(_ word: String, style: TextStyle, id: ID) -> Word {
        let shaped = ShapedText(word, style: style, direction: .leftToRight, library: library)
        let firstPiece = pieces.count
        var fits = true
        for fragment in LineFragments.collect(shaped, range: 0..<shaped.utf16.count) {
            let run = fragment.run
            let map = ClusterMap(fragment: fragment, suppressedBefore: run.range.lowerBound, shaped: shaped)
            let glyphStart = Int32(glyphs.count)
            let textStart = Int32(text.count)
            for glyph in fragment.glyphs {
                assert([glyph.xOffset, glyph.yOffset, glyph.xAdvance].allSatisfy { $0 == $0.rounded() }, "HarfBuzz positions are integers")
                guard let id = UInt16(exactly: glyph.id), let advance = Int16(exactly: glyph.xAdvance),
                      let xOffset = Int16(exactly: glyph.xOffset), let yOffset = Int16(exactly: glyph.yOffset) else {
                    fits = false
                    break
                }
                glyphs.append(Glyph(id: id, xAdvance: advance, xOffset: xOffset, yOffset: yOffset))
            }
            text += map.text.utf8
            let oneBytePerGlyph = map.clusters.allSatisfy { $0.utf8Count == 1 && $0.glyphCount == 1 }
            let clusterStart = Int32(clusters.count)
            if !oneBytePerGlyph {
                for cluster in map.clusters {
                    guard let bytes = UInt16(exactly: cluster.utf8Count), let glyphCount = UInt16(exactly: cluster.glyphCount) else {
                        fits = false
                        break
                    }
                    clusters.append(Cluster(utf8Count: bytes, glyphCount: glyphCount))
                }
            }
            guard fits, let glyphCount = UInt16(exactly: Int32(glyphs.count) - glyphStart),
                  let textCount = UInt16(exactly: Int32(text.count) - textStart),
                  let clusterCount = UInt16(exactly: Int32(clusters.count) - clusterStart) else {
                fits = false
                break
            }
            pieces.append(Piece(scale: run.scale, glyphStart: glyphStart, textStart: textStart, clusterStart: clusterStart,
                                glyphCount: glyphCount, textCount: textCount, clusterCount: clusterCount,
                                face: index(of: run.face, language: style.language), oneBytePerGlyph: oneBytePerGlyph))
        }
        if !shaped.missingGlyphs.isEmpty { missing[id] = shaped.missingGlyphs.map(\.scalar) }
        let pieceCount = UInt16(exactly: pieces.count - firstPiece)
        return Word(width: shaped.width, pieceStart: Int32(firstPiece), pieceCount: fits ? pieceCount ?? 0 : 0,
                    firstFace: shaped.runs.first.map { index(of: $0.face, language: style.language) } ?? -1,
                    lastFace: shaped.runs.last.map { index(of: $0.face, language: style.language) } ?? -1,
                    hasMissingGlyphs: !shaped.missingGlyphs.isEmpty, isCached: fits && pieceCount != nil)
    }
}
