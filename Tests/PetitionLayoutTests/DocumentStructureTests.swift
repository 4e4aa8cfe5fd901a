import DisplayList
import Foundation
import LayoutFile
import PetitionDocument
import Testing
import TypographyTestSupport
@testable import PetitionLayout

/// The document-level structure the layout hands the renderer: bookmarks (letter, list, groups,
/// cover, colophon), page labels, coarse structure spans, links and section page ranges.
@Suite("Bookmarks, labels, tags, links and sections of a laid-out document")
struct DocumentStructureTests {
    func layOut(signatories: Int, groups: [ListGroup] = [], parts: DocumentParts = DocumentParts())
        throws -> (pages: [Page], summary: LayoutSummary) {
        let text = "Title: Structure\n\nWrite to ana@example.org or see www.example.org today.\n"
        let letter = try LetterParser.parse(Data(text.utf8), file: "letter.txt")
        let people = (1...signatories).map { Signatory(name: "Person \($0)", organisation: "Group", line: $0 + 1) }
        var settings = LayoutSettings.standard
        settings.parts = parts
        let request = LayoutRequest(letter: letter, signatories: SignatoryArray(people), groups: groups, signatoryFiles: ["people.csv"],
                                    settings: settings, fontSet: try TestFonts.notoSerif(), language: "en", hyphenation: nil,
                                    terms: TestTerms.terms("en"))
        var collector = PageCollector()
        let summary = try DocumentLayout(request, library: TestFonts.library).layOut(into: &collector)
        return (collector.pages, summary)
    }

    @Test func bookmarksNestGroupsUnderTheSignatories() throws {
        let groups = [ListGroup(name: "Kenya", entries: 0..<150), ListGroup(name: "Peru", entries: 150..<400)]
        let (pages, summary) = try layOut(signatories: 400, groups: groups)
        let bookmarks = pages.enumerated().flatMap { index, page in page.bookmarks.map { (index + 1, $0.title, $0.level) } }
        #expect(bookmarks.map(\.1) == ["Structure", "Signatories (400)", "Kenya", "Peru"])
        #expect(bookmarks.map(\.2) == [0, 0, 1, 1])
        #expect(bookmarks[0].0 == 1 && bookmarks[2].0 == 1)
        let peru = try #require(summary.groups.last)
        #expect(peru.name == "Peru" && peru.pages.lowerBound == bookmarks[3].0 && peru.pages.upperBound == pages.count)
        #expect(summary.groups.first?.pages.lowerBound == 1)
        // A group bookmark opens at its heading: some name of the group sits just below it.
        let kenya = pages[0].bookmarks[2]
        #expect(kenya.y > 0 && kenya.y < pages[0].height)
    }

    @Test func pagesAreLabelledAndTaggedCoarsely() throws {
        let (pages, _) = try layOut(signatories: 400)
        #expect(pages.map(\.label) == (1...pages.count).map { String($0) })
        for page in pages {
            // However many names, one list element per page.
            #expect(page.structure.filter { $0.role == .list }.count == 1)
            for span in page.structure { #expect(span.items.upperBound <= page.items.count) }
        }
        let first = pages[0].structure.map(\.role)
        #expect(first.prefix(2) == [.heading, .paragraph])
    }

    @Test func addressesInTheLetterAreLinks() throws {
        let (pages, _) = try layOut(signatories: 1)
        #expect(pages[0].links.map(\.target) == ["mailto:ana@example.org", "https://www.example.org"])
        for link in pages[0].links { #expect(link.width > 40 && link.height > 8) }
    }

    @Test func coverAndColophonFrameTheDocument() throws {
        let (pages, summary) = try layOut(signatories: 3, parts: DocumentParts(cover: true, colophon: true))
        #expect(pages.count == 3)
        #expect(pages.map(\.label) == ["Cover", "1", "Colophon"])
        #expect(pages.flatMap(\.bookmarks).map(\.title) == ["Cover", "Structure", "Signatories (3)", "Colophon"])
        #expect(summary.pageCount == 3)
        #expect(summary.sections == [DocumentSection(name: "cover", pages: 1...1), DocumentSection(name: "letter", pages: 2...2),
                                     DocumentSection(name: "signatories", pages: 2...2), DocumentSection(name: "colophon", pages: 3...3)])
        let colophon = pages[2].items.compactMap { item -> String? in
            if case .glyphs(let run) = item { return run.text } else { return nil }
        }.joined(separator: " ")
        #expect(colophon.contains("3 signatures"))
    }
}
