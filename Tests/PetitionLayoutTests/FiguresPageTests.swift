import DisplayList
import LayoutFile
import PetitionDocument
import Testing
import TypographyTestSupport
@testable import PetitionLayout

/// The figures page as the layout builds it: where it goes, its bars (filled boxes in the
/// accent colour, proportional to the counts, mirrored for right-to-left) and its words.
@Suite("The figures page")
struct FiguresPageTests {
    /// 12 countries of 120, 110, ... 10 signatories, dated over three days with a gap.
    static func entries() -> [Signatory] {
        var entries: [Signatory] = []
        for country in 0..<12 {
            for index in 0..<((12 - country) * 10) {
                var entry = Signatory(name: "P\(country)-\(index)", country: "Country \(country)", line: entries.count + 2)
                entry[.date] = ["2026-12-01", "2026-12-01 10:00", "03/12/2026", ""][index % 4]
                entries.append(entry)
            }
        }
        return entries
    }

    func layOut(language: String, figures: Bool = true) throws -> (pages: [Page], summary: LayoutSummary, request: LayoutRequest) {
        let entries = Self.entries()
        var settings = LayoutSettings.standard
        settings.parts = DocumentParts(colophon: true, figures: true)
        let letter = DocumentFixture.letter(["A short letter."], title: "Figures")
        var request = LayoutRequest(letter: letter, signatories: SignatoryArray(entries), signatoryFiles: ["people.csv"], settings: settings,
                                    fontSet: try TestFonts.notoSerif(), language: language, hyphenation: nil, terms: TestTerms.terms("en"))
        if figures {
            request.figures = SignatureFigures(entries: entries, groups: [], groupColumn: nil, total: entries.count, files: ["people.csv"])
        }
        var collector = PageCollector()
        let summary = try DocumentLayout(request, library: TestFonts.library).layOut(into: &collector)
        return (collector.pages, summary, request)
    }

    static func boxes(_ page: Page) -> [FilledBox] {
        page.items.compactMap { if case .box(let box) = $0 { box } else { nil } }
    }

    static func texts(_ page: Page) -> [String] {
        page.items.compactMap { if case .glyphs(let run) = $0 { run.text } else { nil } }
    }

    @Test func comesAfterTheListAndBeforeTheColophon() throws {
        let (pages, summary, _) = try layOut(language: "en")
        #expect(pages.suffix(2).map(\.label) == ["Figures", "Colophon"])
        #expect(summary.pageCount == pages.count)
        #expect(summary.sections.suffix(2).map(\.name) == ["figures", "colophon"])
        #expect(summary.sections.last?.pages == pages.count...pages.count)
        #expect(pages[pages.count - 2].bookmarks.map(\.title) == ["Figures"])
    }

    @Test func drawsTenBarsInTheAccentColourProportionalToTheCounts() throws {
        let (pages, _, _) = try layOut(language: "en")
        let page = pages[pages.count - 2]
        let boxes = Self.boxes(page)
        let accent = RGBColor(red: 0x1F / 255.0, green: 0x5C / 255.0, blue: 0x99 / 255.0)
        #expect(boxes.allSatisfy { $0.color == accent })
        // Ten country bars (the largest ten), then the timeline's two days with signatures.
        #expect(boxes.count == 10 + 2)
        let countryBars = boxes.prefix(10)
        #expect(countryBars.map(\.width).sorted(by: >) == countryBars.map(\.width), "largest first")
        let ratio = countryBars[countryBars.startIndex + 9].width / countryBars[countryBars.startIndex].width
        #expect(abs(ratio - 30.0 / 120) < 0.001, "bars are proportional: 30 of 120")
        let texts = Self.texts(page)
        let entries = Self.entries()
        let undated = entries.filter { $0[.date].isEmpty }.count
        for expected in ["The petition in figures", "780 signatures", "from 12 countries", "Largest countries",
                         "Country 0", "120", "Other countries (2): 30 signatures", "Signatures per day",
                         "First signature: 1 December 2026", "Last signature: 3 December 2026", "\(undated) signatures have no date"] {
            #expect(texts.contains(expected), "\(expected) in \(texts)")
        }
        // The timeline: 1 and 3 December have bars, the 2nd none; heights follow the counts.
        let first = Double(entries.filter { $0[.date].hasPrefix("2026-12-01") }.count)
        let third = Double(entries.filter { $0[.date] == "03/12/2026" }.count)
        let days = boxes.suffix(2)
        #expect(abs(days[days.startIndex + 1].height / days[days.startIndex].height - third / first) < 0.001)
        #expect(texts.contains(String(Int(first))), "the scale's top is the busiest day")
    }

    @Test func isMirroredInARightToLeftDocument() throws {
        let (ltrPages, _, request) = try layOut(language: "en")
        let (rtlPages, _, _) = try layOut(language: "ar")
        let ltr = Self.boxes(ltrPages[ltrPages.count - 2])[0]
        let rtl = Self.boxes(rtlPages[rtlPages.count - 2])[0]
        let frameLeft = request.settings.page.marginInner
        let frameRight = request.settings.page.size.width - request.settings.page.marginOuter
        #expect(abs((ltr.x - frameLeft) - (frameRight - (rtl.x + rtl.width))) < 0.001, "the same distance from the start side")
        #expect(ltr.width == rtl.width)
    }

    @Test func noFiguresNoPage() throws {
        let (pages, summary, _) = try layOut(language: "en", figures: false)
        #expect(!pages.contains { $0.label == "Figures" })
        #expect(summary.pageCount == pages.count)
        #expect(!summary.sections.contains { $0.name == "figures" })
    }
}
