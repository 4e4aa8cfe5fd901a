import DisplayList
import Testing
import Typography
import TypographyTestSupport
@testable import PetitionLayout

/// Names set from cached word shapes: the compact records give back exactly the glyphs, text and
/// clusters HarfBuzz made, the cache forgets its words at its bound and shapes them again the
/// same, and a word too long for it goes to the paragraph path.
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

    @Test func startsAfreshAtItsBoundAndShapesWordsAgainTheSame() throws {
        let cache = WordCache(library: TestFonts.library, wordLimit: 3)
        let before = try runs("Ada Byron Lovelace", cache)
        cache.startAfreshIfFull()
        let key = cache.key(for: style)
        // Emptied: the next word gets the first ID again.
        var word = Array("King".utf8)
        let id = word.withUnsafeBufferPointer { cache.id(of: $0, in: key) }
        #expect(id == 0)
        #expect(try runs("Ada Byron Lovelace", cache) == before)
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
