import DisplayList
import Foundation
import Testing
@testable import PetitionPrinter

/// The combined PDF's bookkeeping, with small blank pages: translations finishing in any order
/// come out in the batch's order, waiting pages past the limit do not deadlock, and a
/// translation that fails after its pages went in spoils the file rather than leaving it partial.
@Suite("the combined PDF of a batch")
struct CombinedDocumentTests {
    /// `count` blank pages of a translation, the first with a bookmark, labelled 1, 2, ...
    static func pages(_ count: Int, title: String) -> [Page] {
        (1...count).map { number in
            var page = Page(width: 200, height: 300, label: String(number))
            if number == 1 { page.bookmarks = [Bookmark(title: title)] }
            return page
        }
    }

    static func scratchPDF() throws -> String {
        try Fixtures.scratchFolder().appendingPathComponent("combined.pdf").path
    }

    @Test func translationsFinishingOutOfOrderComeOutInTheBatchsOrder() throws {
        let path = try Self.scratchPDF()
        let document = CombinedDocument(path: path, letters: ["a.en.txt", "b.fr.txt", "c.ar.txt", "d.en.txt"])
        var sinks = [0, 1, 2, 3].map { index in
            document.begin(index, language: ["en", "fr", "ar", "en"][index], metadata: DocumentMetadata(title: "T", language: "en"))
        }
        for page in Self.pages(2, title: "Arabic letter") { try sinks[2].add(page) }
        document.finish(2, succeeded: true)
        for page in Self.pages(3, title: "English letter") { try sinks[0].add(page) }
        for page in Self.pages(1, title: "Second English letter") { try sinks[3].add(page) }
        document.finish(3, succeeded: true)
        document.finish(0, succeeded: true)
        for page in Self.pages(2, title: "French letter") { try sinks[1].add(page) }
        document.finish(1, succeeded: true)
        let summary = try document.close()

        #expect(summary.pageCount == 8)
        #expect(summary.sections.map(\.title) == ["English", "Français", "العربية", "English (d.en.txt)"])
        #expect(summary.sections.map(\.pages) == [1...3, 4...5, 6...7, 8...8])
        #expect(summary.sections.map(\.labelPrefix) == ["en", "fr", "ar", "en.2"])
        #expect(summary.leftOut.isEmpty)
        let outline = try ToolRunner.run("mutool", ["show", path, "outline"]).output
        let titles = outline.split(separator: "\n").map { $0.split(separator: "\"")[1] }
        #expect(titles == ["English", "English letter", "Français", "French letter", "العربية", "Arabic letter",
                           "English (d.en.txt)", "Second English letter"])
        let labels = PDFTools.pageLabels(try PDFTools.qpdfJSON(path))
        #expect(labels.keys.sorted() == [0, 3, 5, 7])
        #expect(labels[7]?["/P"] as? String == "u:en.2-")
    }

    @Test func aTranslationPastTheWaitingLimitPausesUntilItsTurn() throws {
        let path = try Self.scratchPDF()
        let document = CombinedDocument(path: path, letters: ["first.txt", "second.txt"])
        let first = document.begin(0, language: "de", metadata: DocumentMetadata())
        let later = CombinedDocument.waitingPageLimit + 20
        let second = Thread { [document] in
            var sink = document.begin(1, language: "es", metadata: DocumentMetadata())
            for page in Self.pages(later, title: "Segunda") { try? sink.add(page) }
            document.finish(1, succeeded: true)
        }
        second.start()
        var sink = first
        for page in Self.pages(5, title: "Erste") { try sink.add(page) }
        document.finish(0, succeeded: true)
        while !second.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        let summary = try document.close()
        #expect(summary.sections.map(\.title) == ["Deutsch", "Español"])
        #expect(summary.sections.map(\.pages) == [1...5, 6...(5 + later)])
    }

    /// Every translation on its own thread, as a batch runs them, finishing in whatever order the
    /// threads make: however they interleave, each translation's pages are one run, in order, and
    /// the runs follow the batch's order (one thread at a time moves the turn on and writes).
    @Test func translationsOnTheirOwnThreadsStayWholeAndInOrder() throws {
        let limit = CombinedDocument.waitingPageLimit
        let counts = [3, limit + 10, 40, limit + 5, 1, 20, 7]
        for round in 0..<3 {
            let path = try Self.scratchPDF()
            let document = CombinedDocument(path: path, letters: counts.indices.map { "letter\($0).txt" })
            let threads = counts.indices.map { index in
                Thread { [document] in
                    var sink = document.begin(index, language: "en", metadata: DocumentMetadata())
                    for (number, page) in Self.pages(counts[index], title: "Letter \(index)").enumerated() {
                        if number % 16 == (index + round) % 16 { usleep(UInt32(50 * ((index * 7 + round) % 5))) }
                        try? sink.add(page)
                    }
                    document.finish(index, succeeded: true)
                }
            }
            for thread in threads.reversed() { thread.start() }
            while threads.contains(where: { !$0.isFinished }) { Thread.sleep(forTimeInterval: 0.005) }
            let summary = try document.close()
            #expect(summary.sections.map(\.index) == Array(counts.indices), "round \(round)")
            var first = 1
            let expected = counts.map { count in
                defer { first += count }
                return first...(first + count - 1)
            }
            #expect(summary.sections.map(\.pages) == expected, "round \(round)")
            #expect(summary.pageCount == counts.reduce(0, +))
        }
    }

    @Test func aTranslationFailingBeforeItsTurnIsLeftOut() throws {
        let path = try Self.scratchPDF()
        let document = CombinedDocument(path: path, letters: ["ok.txt", "broken.txt", "never-began.txt"])
        var ok = document.begin(0, language: "en", metadata: DocumentMetadata())
        var broken = document.begin(1, language: "fr", metadata: DocumentMetadata())
        for page in Self.pages(2, title: "Partial") { try broken.add(page) }
        document.finish(1, succeeded: false)
        document.finish(2, succeeded: false)
        for page in Self.pages(2, title: "Whole") { try ok.add(page) }
        document.finish(0, succeeded: true)
        let summary = try document.close()
        #expect(summary.sections.map(\.letter) == ["ok.txt"])
        #expect(summary.leftOut == ["broken.txt", "never-began.txt"])
        #expect(summary.pageCount == 2)
    }

    @Test func aTranslationFailingAfterItsPagesWentInSpoilsTheFile() throws {
        let path = try Self.scratchPDF()
        let document = CombinedDocument(path: path, letters: ["a.txt", "b.txt"])
        var sink = document.begin(0, language: "en", metadata: DocumentMetadata())
        for page in Self.pages(3, title: "Half") { try sink.add(page) }
        document.finish(0, succeeded: false)
        document.finish(1, succeeded: false)
        #expect(throws: CombinedDocumentError.self) { try document.close() }
    }

    @Test func nothingRenderedMeansNoFile() throws {
        let document = CombinedDocument(path: try Self.scratchPDF(), letters: ["a.txt"])
        document.finish(0, succeeded: false)
        let error = try #require(throws: CombinedDocumentError.self) { try document.close() }
        #expect(error.message == "no translation rendered")
    }

    @Test func languagesAreNamedInThemselves() {
        #expect(LanguageName.autonym(of: "en") == "English")
        #expect(LanguageName.autonym(of: "fr") == "Français")
        #expect(LanguageName.autonym(of: "ar") == "العربية")
        #expect(LanguageName.autonym(of: "zh") == "中文")
        #expect(LanguageName.autonym(of: "ru") == "Русский")
        #expect(LanguageName.autonym(of: "es") == "Español")
        #expect(LanguageName.autonym(of: "de-CH") == "Deutsch (Schweiz)")
        #expect(LanguageName.autonym(of: "qqq") == "qqq")
    }

    @Test func aSplitListCannotBeCombined() throws {
        let request = BatchRequest(letters: [Fixtures.exampleLetter], list: ListOptions(splitEvery: 10), combined: "x.pdf")
        #expect(throws: (any Error).self) { try Renderer().renderBatch(request) }
    }
}
