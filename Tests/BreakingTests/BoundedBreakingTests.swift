import Foundation
@testable import Breaking
import Testing

/// The bounds that keep breaking linear: a start is given up once its line is too wide for any
/// later break, or once it has passed over `maximumBreaksPerLine` breaks. Neither may change
/// the breaks of a paragraph where it cannot matter.
struct BoundedBreakingTests {
    /// Every letter of the corpus, paragraph by paragraph, at three measures and two
    /// tolerances: the breaker finds the least demerits that trying every sequence of breaks
    /// finds (so dropping too-wide starts lost nothing), and the same breaks as with no bound
    /// on breaks per line.
    @Test func corpusParagraphsBreakAsWithoutBounds() throws {
        let letters = try CorpusLetters.all()
        #expect(letters.count >= 15)
        var paragraphs = 0
        for (name, text) in letters {
            for paragraph in text.split(whereSeparator: \.isNewline) where paragraph.count > 1 {
                let items = FixedWidthText(String(paragraph.replacingOccurrences(of: "|", with: "/"))).items
                for width in [28.0, 45, 70] {
                    for tolerance in [BreakParameters.texPretolerance, 1_000] {
                        let bounded = BreakParameters(tolerance: tolerance)
                        let unbounded = BreakParameters(tolerance: tolerance, maximumBreaksPerLine: .max)
                        let breaks = KnuthPlass.breakLines(items, widths: LineWidths(width), parameters: bounded)
                        #expect(breaks == KnuthPlass.breakLines(items, widths: LineWidths(width), parameters: unbounded),
                                "\(name), width \(width): \(paragraph.prefix(40))")
                        let oracle = ExhaustiveSearch(items, widths: LineWidths(width), parameters: bounded)
                        let minimum = oracle.minimumDemerits()
                        #expect((breaks == nil) == (minimum == nil), "\(name), width \(width)")
                        if let breaks, let minimum {
                            #expect(abs(oracle.demerits(of: breaks) - minimum) <= 1e-6 * max(1, minimum),
                                    "\(name), width \(width): \(paragraph.prefix(40))")
                        }
                        let emergency = KnuthPlass.breakLinesAllowingOverfull(items, widths: LineWidths(width), parameters: bounded)
                        #expect(emergency == KnuthPlass.breakLinesAllowingOverfull(
                            items, widths: LineWidths(width), parameters: unbounded), "\(name), width \(width)")
                    }
                }
                paragraphs += 1
            }
        }
        #expect(paragraphs > 100)
    }

    /// Random paragraphs, some with boxes and glue of no width: wherever no line that can fit
    /// passes over more breaks than the bound, the bounded breaker gives the unbounded breaks;
    /// elsewhere every line stays within the bound and the emergency pass still succeeds.
    @Test(arguments: 0..<4)
    func boundMattersOnlyWhereLinesPassOverMoreBreaks(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let items = Self.randomParagraph(using: &random)
            let first = Double(Int.random(in: 6...14, using: &random))
            let rest = Double(Int.random(in: 8...20, using: &random))
            let widths = LineWidths(first: [first], rest: rest)
            let needed = Self.mostBreaksALineCanPassOver(items, widths: widths)
            let bound = Int.random(in: 1...(needed + 2), using: &random)
            let tolerance: Double = [200, 1_000, 10_000].randomElement(using: &random) ?? 200
            let bounded = BreakParameters(tolerance: tolerance, maximumBreaksPerLine: bound)
            let unbounded = BreakParameters(tolerance: tolerance, maximumBreaksPerLine: .max)
            let strict = KnuthPlass.breakLines(items, widths: widths, parameters: bounded)
            let emergency = KnuthPlass.breakLinesAllowingOverfull(items, widths: widths, parameters: bounded)
            if bound >= needed {
                #expect(strict == KnuthPlass.breakLines(items, widths: widths, parameters: unbounded))
                #expect(emergency == KnuthPlass.breakLinesAllowingOverfull(items, widths: widths, parameters: unbounded))
            } else {
                let metrics = ParagraphMetrics(items)
                #expect(emergency.last?.itemIndex == metrics.finalBreak)
                for lines in [strict ?? [], emergency] {
                    var previous = -1
                    for line in lines {
                        #expect(Self.breaks(in: metrics, after: previous, upTo: line.itemIndex) <= bound)
                        previous = line.itemIndex
                    }
                }
            }
        }
    }

    /// 40,000 items of no width, each pair a legal break: no line ever grows too wide, so only
    /// the bound on breaks per line keeps the active list short (unbounded, it would hold every
    /// break so far). Every line then passes over exactly the bound's number of breaks.
    @Test func materialOfNoWidthIsBrokenByTheBound() {
        var items: [Item] = []
        for _ in 0..<20_000 { items += [.box(width: 0), .glue(width: 0, stretch: 1, shrink: 0)] }
        items.removeLast()
        items += Item.paragraphEnd
        let parameters = BreakParameters(maximumBreaksPerLine: 40)
        let breaks = KnuthPlass.breakLinesAllowingOverfull(items, widths: LineWidths(100), parameters: parameters)
        #expect(breaks.count == 20_000 / 40)
        #expect(breaks.last?.itemIndex == items.count - 1)
    }

    // MARK: - Helpers

    /// Words of 0 to 4 boxes (some of width 0), glue (sometimes of width 0), hyphenation
    /// points and the odd forced break.
    private static func randomParagraph(using random: inout SeededGenerator) -> [Item] {
        var items: [Item] = []
        for word in 0..<Int.random(in: 1...40, using: &random) {
            if word > 0 {
                if Int.random(in: 0..<25, using: &random) == 0 {
                    items += Item.paragraphEnd
                } else {
                    let width = Double(Int.random(in: 0...1, using: &random))
                    items.append(.glue(width: width, stretch: 1, shrink: width / 2))
                }
            }
            for piece in 0..<Int.random(in: 1...4, using: &random) {
                if piece > 0, Bool.random(using: &random) {
                    items.append(.penalty(width: 1, cost: Penalty.hyphen, flagged: true))
                }
                items.append(.box(width: Double(Int.random(in: 0...3, using: &random))))
            }
        }
        return items + Item.paragraphEnd
    }

    /// The most legal breaks a line from any start passes over before the width bound drops
    /// that start (at the first break where it cannot fit any later one) or a forced break ends
    /// it; a bound on breaks per line at least this large can change nothing.
    private static func mostBreaksALineCanPassOver(_ items: [Item], widths: LineWidths) -> Int {
        let metrics = ParagraphMetrics(items)
        var starts = [0]
        for index in 0...metrics.finalBreak where metrics.breakpoint(at: index) != nil {
            starts.append(KnuthPlass.lineStart(afterBreakAt: index, in: items))
        }
        var most = 1
        for start in starts where start <= metrics.finalBreak {
            var count = 0
            for end in start...metrics.finalBreak {
                guard let breakpoint = metrics.breakpoint(at: end) else { continue }
                count += 1
                let widest = max(widths.rest, widths.first.max() ?? 0)
                if breakpoint.isForced
                    || metrics.measure(from: start, to: end, endingAt: breakpoint).cannotFitAnyLaterBreak(in: widest) {
                    break
                }
            }
            most = max(most, count)
        }
        return most
    }

    /// How many legal breaks a line from the break at `previous` (-1: the paragraph start) to
    /// the break at `end` passes over, its own end included.
    private static func breaks(in metrics: ParagraphMetrics, after previous: Int, upTo end: Int) -> Int {
        ((previous + 1)...end).filter { metrics.breakpoint(at: $0) != nil }.count
    }
}

/// The corpus of real letters: Tests/Corpus/letters in the repository, or `$PETITION_CORPUS_DIR`,
/// or `shared/corpus/letters` in a folder above the package.
enum CorpusLetters {
    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "no corpus of letters: expected Tests/Corpus/letters, $PETITION_CORPUS_DIR or ../shared/corpus/letters"
        }
    }

    static func all() throws -> [(name: String, text: String)] {
        guard let folder = directory() else { throw Missing() }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            (name, String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self))
        }
    }

    private static func directory() -> URL? {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        var candidates = [tests.appendingPathComponent("Corpus/letters")]
        if let path = ProcessInfo.processInfo.environment["PETITION_CORPUS_DIR"] {
            candidates.append(URL(fileURLWithPath: path))
        }
        var folder = tests
        while folder.path != "/" {
            candidates.append(folder.appendingPathComponent("shared/corpus/letters"))
            folder = folder.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("MANIFEST.tsv").path) }
    }
}
