import DisplayList
import PetitionDocument
import Testing
import TypographyTestSupport
@testable import PetitionLayout

/// A list long enough to be measured on two threads lays out as one measured in a single pass:
/// warnings in list order, every entry on a page once, in order.
struct LongListMeasuringTests {
    @Test func twoHalvesGiveWarningsAndEntriesInListOrder() throws {
        let count = SignatorySection.itemsWorthASecondThread + 500
        // U+10570 (Vithkuqi, Unicode 14) is in no font of the set: entries near both ends warn.
        let warned: Set<Int> = [3, 40, count - 40, count - 3]
        let signatories = (1...count).map { number in
            Signatory(name: "Name \(number)" + (warned.contains(number) ? " \u{10570}" : ""), city: "City \(number % 7)",
                      line: number + 1)
        }
        let request = try DocumentFixture.request(DocumentFixture.letter(["Everyone is born free."]), signatories: signatories,
                                              language: "en")
        var collector = PageCollector()
        let summary = try DocumentLayout(request, library: TestFonts.library).layOut(into: &collector)

        let warnedLines = summary.warnings.filter { $0.message.contains("missing-glyph box") }.compactMap(\.location?.line)
        #expect(warnedLines == warned.sorted().map { $0 + 1 })
        let names = DocumentFixture.runs(collector.pages).map(\.text).filter { $0.hasPrefix("Name ") }
        #expect(names.count == count)
        #expect(names.first == "Name 1" && names.last?.hasPrefix("Name \(count)") == true)
        #expect(names.map { Int($0.dropFirst(5).prefix { $0.isNumber }) } == (1...count).map { $0 })
    }

    /// A batch that renders two documents at once measures each on one thread; the pages and the
    /// warnings must not depend on that.
    @Test func oneThreadGivesThePagesOfTwo() throws {
        let count = SignatorySection.itemsWorthASecondThread + 300
        let signatories = (1...count).map { number in
            Signatory(name: "Name \(number)" + (number % 997 == 0 ? " \u{10570}" : ""),
                      organisation: number % 3 == 0 ? "Organisation with a long name number \(number % 50)" : "",
                      city: "City \(number % 7)", line: number + 1)
        }
        var request = try DocumentFixture.request(DocumentFixture.letter(["Everyone is born free."]), signatories: signatories,
                                                  language: "en")
        var twoThreads = PageCollector()
        let twoSummary = try DocumentLayout(request, library: TestFonts.library).layOut(into: &twoThreads)
        request.measuresOnTwoThreads = false
        var oneThread = PageCollector()
        let oneSummary = try DocumentLayout(request, library: TestFonts.library).layOut(into: &oneThread)

        #expect(oneThread.pages.count == twoThreads.pages.count)
        #expect(oneThread.pages == twoThreads.pages)
        #expect(oneSummary.warnings.map(\.message) == twoSummary.warnings.map(\.message))
        #expect(!oneSummary.warnings.isEmpty)
    }
}
