import DisplayList
import Foundation
import LayoutFile
import PetitionDocument
import Testing
import TypographyTestSupport
@testable import PetitionLayout

/// A small document laid out into display-list pages, compared as the stable text dump: what
/// goes where on which page, independent of cairo.
@Suite("Display list of a small document")
struct DisplayListSnapshotTests {
    func layOut(signatories: Int) throws -> [Page] {
        let letter = try LetterParser.parse(Data("Title: Snapshot\n\nOne short paragraph.\n".utf8), file: "snapshot.txt")
        let people = (1...signatories).map { Signatory(name: "Person \($0)", organisation: "Group", line: $0 + 1) }
        var settings = LayoutSettings.standard
        settings.signatories.numbering = true
        let request = LayoutRequest(letter: letter, signatories: SignatoryArray(people), signatoryFiles: ["people.csv"], settings: settings,
                                    fontSet: try TestFonts.notoSerif(), language: "en", hyphenation: nil, terms: TestTerms.terms("en"))
        var collector = PageCollector()
        _ = try DocumentLayout(request, library: TestFonts.library).layOut(into: &collector)
        return collector.pages
    }

    @Test func titleParagraphHeadingEntriesTotalAndFooterInOrder() throws {
        let pages = try layOut(signatories: 4)
        #expect(pages.count == 1)
        let texts = try pages[0].textDump.split(separator: "\n").dropFirst().map { line in
            String(line[try #require(line.range(of: "\"")).upperBound...].dropLast())
        }
        #expect(texts == [
            "Snapshot", "One short paragraph.", "Signatories (4)",
            "1.", "Person 1", "Group", "2.", "Person 2", "Group", "3.", "Person 3", "Group", "4.", "Person 4", "Group",
            "Total: 4 signatures", "Signatures 1–4 of 4 — page 1 of 1",
        ])
        #expect(pages[0].textDump.hasPrefix("page 595.28 x 841.89\n  run NotoSerif-Bold.ttf 20pt @"))
    }

    @Test func entriesFillColumnsLeftToRightAcrossPages() throws {
        let pages = try layOut(signatories: 400)
        #expect(pages.count > 1)
        for page in pages {
            let names = page.items.compactMap { item -> (x: Double, text: String)? in
                guard case .glyphs(let run) = item, run.text.hasPrefix("Person ") else { return nil }
                return (run.glyphs[0].x, run.text)
            }
            // Within a page, entry numbers rise as x rises (columns fill left to right).
            let numbers = try names.map { try #require(Int($0.text.dropFirst(7))) }
            let byColumn = names.indices.sorted { (names[$0].x, numbers[$0]) < (names[$1].x, numbers[$1]) }
            #expect(byColumn.map { numbers[$0] } == numbers.sorted())
        }
    }
}
