import DisplayList
import Testing
import Typography
import TypographyTestSupport
@testable import PetitionLayout

/// Names set from cached word shapes: the compact records give back exactly the glyphs, text and
/// clusters HarfBuzz made; at its bound the cache keeps the words that came back (renumbered,
/// still giving back the same glyphs), forgets the rest and shapes them again the same; and a
/// word too long for it goes to the paragraph path.
struct WordCacheTests {
    private let style: TextStyle

    init() throws {
        style = TextStyle(fontSet: try TestFonts.notoSerif(), weight: .regular, size: 9, language: "en")
    }

    /// The runs of `text` set on one line from `cache`.
    private func runs(_ text: String, _ cache: WordCache) throws -> [GlyphRun] {
        let setter = WordLineSetter(cache: cache)
        let lines = try #require(setter.lines(text, style: style, width: 1000, indent: 0))
        var runs: [GlyphRun] = []
        setter.draw(lines, line: 0, style: style, x: 10, baseline: 20, into: &runs)
        return runs
    }

    @Test(arguments: ["Ada Lovelace", "Zoë Ångström-Øster", "Office Affiliates", "Иван Петров", "Ελένη Παπαδοπούλου",
                      "Łukasz Żółkiewski"])
    func cachedWordsGiveBackWhatHarfBuzzMade(_ text: String) throws {
        let cache = WordCache(library: TestFonts.library)
        let first = try runs(text, cache)
        let again = try runs(text, cache)
        #expect(again == first)
        #expect(first.map(\.text).joined() == text)
        #expect(first.allSatisfy { $0.hasConsistentClusters })
        // The glyphs are the shaper's: the same ids as the whole text shaped at once (no font
        // here joins glyphs across a space).
        let whole = ShapedText(text, style: style, library: TestFonts.library)
        #expect(first.flatMap { $0.glyphs.map(\.id) } == whole.runs.flatMap { $0.glyphs.map(\.id) })
    }

    /// The ID of `word` in the test style, shaped now if the cache does not hold it.
    private func id(_ word: String, _ cache: WordCache) -> WordCache.ID {
        let key = cache.key(for: style)
        return Array(word.utf8).withUnsafeBufferPointer { cache.id(of: $0, in: key) }
    }

    @Test func keepsTheWordsThatCameBackRenumberedInTheirOrder() throws {
        let cache = WordCache(library: TestFonts.library, wordLimit: 4)
        let before = try runs("Ada Byron Lovelace King", cache)
        #expect(cache.wordCount == 4)
        _ = id("King", cache)
        _ = id("Ada", cache)
        cache.makeRoomIfFull()
        #expect(cache.wordCount == 2)
        #expect(id("Ada", cache) == 0)
        #expect(id("King", cache) == 1)
        // Kept words are not shaped again, and their renumbered records give the same glyphs.
        #expect(cache.wordCount == 2)
        let ada = try #require(before.first?.glyphs.prefix(3))
        let kept = try runs("Ada", cache)
        #expect(kept.flatMap(\.glyphs) == Array(ada))
        // A forgotten word is shaped again, the same.
        #expect(try runs("Ada Byron Lovelace King", cache) == before)
        #expect(cache.wordCount == 4)
    }

    @Test func keepsOnlyTheMostReusedWhenMoreCameBackThanItKeeps() {
        let cache = WordCache(library: TestFonts.library, wordLimit: 4)
        #expect(cache.keptLimit == 3)
        let reuses = ["Ada": 3, "Byron": 1, "Clara": 2, "Dora": 1]
        for word in ["Ada", "Byron", "Clara", "Dora"] {
            for _ in 0...reuses[word, default: 0] { _ = id(word, cache) }
        }
        let widths = ["Ada", "Byron", "Clara", "Dora"].map { cache.width(id($0, cache)) }
        cache.makeRoomIfFull()
        // Ada and Clara, then of the two reused once the older: Byron.
        #expect(cache.wordCount == 3)
        #expect(["Ada", "Byron", "Clara"].map { id($0, cache) } == [0, 1, 2])
        #expect(id("Dora", cache) == 3)
        #expect(["Ada", "Byron", "Clara", "Dora"].map { cache.width(id($0, cache)) } == widths)
    }

    @Test func aWordThatStopsComingBackIsForgottenAfterAFewRounds() {
        let cache = WordCache(library: TestFonts.library, wordLimit: 3)
        // Ada comes back four times, then never again; each round brings two words seen once.
        for _ in 0...4 { _ = id("Ada", cache) }
        var heldAfterEachRound: [Int] = []
        for round in 0..<4 {
            for word in ["A\(round)", "B\(round)"] { _ = id(word, cache) }
            cache.makeRoomIfFull()
            heldAfterEachRound.append(cache.wordCount)
        }
        // Kept with 4 reuses, then 2, then 1 (each halved when kept), then gone.
        #expect(heldAfterEachRound == [1, 1, 1, 0])
    }

    @Test func staysWithinItsBoundAndHoldsOnlyTheKeptWordsStorage() throws {
        let cache = WordCache(library: TestFonts.library, wordLimit: 16)
        let names = ["Ada", "Zoë", "Иван", "Ελένη", "Łukasz", "Office", "Affiliates"]
        for entry in 0..<200 {
            cache.makeRoomIfFull()
            #expect(cache.wordCount < cache.wordLimit)
            // Three words an entry: a common one, one of a few, and a new one.
            for word in [names[0], names[entry % names.count], "W\(entry)"] { _ = id(word, cache) }
        }
        cache.makeRoomIfFull()
        #expect(cache.wordCount <= cache.keptLimit)
        // The shared arrays hold exactly the kept words' records, in order.
        var glyphs = 0
        var text = 0
        var clusters = 0
        for piece in cache.pieces {
            #expect(Int(piece.glyphStart) == glyphs)
            #expect(Int(piece.textStart) == text)
            #expect(Int(piece.clusterStart) == clusters)
            glyphs += Int(piece.glyphCount)
            text += Int(piece.textCount)
            clusters += piece.oneBytePerGlyph ? 0 : Int(piece.clusterCount)
        }
        #expect(cache.glyphs.count == glyphs)
        #expect(cache.text.count == text)
        #expect(cache.clusters.count == clusters)
        for word in names { #expect(try runs(word, cache) == runs(word, WordCache(library: TestFonts.library))) }
    }

    @Test func labelCharactersAndMissingCharactersFollowTheirWords() throws {
        let cache = WordCache(library: TestFonts.library, wordLimit: 4)
        let key = cache.key(for: style)
        let privateUse = try #require(Unicode.Scalar(0xE000))
        let unprintable = "Ada" + String(Character(privateUse))
        _ = id("Byron", cache)
        _ = id(unprintable, cache)
        _ = id(unprintable, cache)
        let seven = cache.id(ofASCII: UInt8(ascii: "7"), in: key)
        let width = cache.width(seven)
        _ = id("Clara", cache)
        _ = cache.id(ofASCII: UInt8(ascii: "7"), in: key)
        cache.makeRoomIfFull()
        #expect(cache.wordCount == 2)
        #expect(cache.missingCharacters(id(unprintable, cache)) == [privateUse])
        #expect(cache.id(ofASCII: UInt8(ascii: "7"), in: key) == 1)
        #expect(cache.width(1) == width)
        #expect(cache.wordCount == 2)
    }

    /// A line allocates only its run's own arrays: glyphs of exactly its length, and for text of
    /// one byte per glyph, the cluster map every run of that length shares.
    @Test func runsOfOneBytePerGlyphShareTheirClusterMapAndKeepNoSpareCapacity() throws {
        let cache = WordCache(library: TestFonts.library)
        let setter = WordLineSetter(cache: cache)
        func run(_ text: String) throws -> GlyphRun {
            let lines = try #require(setter.lines(text, style: style, width: 1000, indent: 0))
            var runs: [GlyphRun] = []
            setter.draw(lines, line: 0, style: style, x: 10, baseline: 20, into: &runs)
            return try #require(runs.count == 1 ? runs.first : nil)
        }
        let first = try run("Ada Byron")
        let second = try run("Tom Smith")
        #expect(first.clusters == Array(repeating: TextCluster(utf8Count: 1, glyphCount: 1), count: 9))
        #expect(first.clusters.withUnsafeBufferPointer { $0.baseAddress } == second.clusters.withUnsafeBufferPointer { $0.baseAddress })
        #expect(first.glyphs.capacity == first.glyphs.count)
        // A letter of two bytes: the map is the run's own, and still adds up.
        let accented = try run("Zoë Ada")
        #expect(accented.hasConsistentClusters)
        #expect(accented.clusters.map(\.utf8Count) == [1, 1, 2, 1, 1, 1, 1])
        #expect(accented.clusters.capacity == accented.clusters.count)
    }

    @Test func aWordLongerThanTheCacheTakesIsLeftToTheParagraphPath() {
        let cache = WordCache(library: TestFonts.library)
        let setter = WordLineSetter(cache: cache)
        let long = String(repeating: "a", count: WordCache.longestWord + 1)
        #expect(setter.lines(long, style: style, width: .infinity, indent: 0) == nil)
        #expect(setter.lines("Ada " + long, style: style, width: .infinity, indent: 0) == nil)
    }
}
