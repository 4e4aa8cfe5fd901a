import Foundation
import Testing

/// The press-kit layout: cover, letter, signatories and colophon, with bookmarks, page labels,
/// links, language and tags, checked with qpdf and poppler.
@Suite("The press kit, checked with qpdf and poppler")
struct PressKitTests {
    static let rendered: Result<String, any Error> = Result {
        let pdf = try Fixtures.scratchFolder().appendingPathComponent("press.pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories",
                                                            Fixtures.exampleSignatories, "--layout", "press-kit", "-o", pdf],
                                        environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        guard result.status == 0 else { throw ExampleRenderTests.RenderFailure(message: result.errors) }
        return pdf
    }

    let pdf: String
    let json: [String: Any]

    init() throws {
        pdf = try Self.rendered.get()
        json = try PDFTools.qpdfJSON(pdf)
    }

    private func text(page: Int) throws -> String {
        try ToolRunner.run("pdftotext", ["-enc", "UTF-8", "-f", String(page), "-l", String(page), pdf, "-"]).output
    }

    @Test func coverLetterSignatoriesFiguresColophon() throws {
        #expect(try ToolRunner.run("pdfinfo", [pdf]).output.contains("Pages:           5\n"))
        let cover = try text(page: 1)
        for line in ["Clean Water for Every", "An open letter to the Ministers", "29 November 2026",
                     "The Clean Water for Schools Coalition", "Press office: +44 20 7946 0958"] {
            #expect(cover.contains(line), "the cover lacks \(line)")
        }
        #expect(try text(page: 2).contains("Dear Ministers,"))
        #expect(try text(page: 3).contains("Amina Okafor"))
        let figures = try text(page: 4)
        #expect(figures.contains("The petition in figures") && figures.contains("from 22 countries"), "\(figures)")
        #expect(figures.contains("First signature: 2 November 2026") && figures.contains("Last signature: 27 November 2026"))
        let colophon = try text(page: 5)
        #expect(colophon.contains("25 signatures"))
        #expect(colophon.contains("Produced on 14 November 2023 at 22:13 UTC with Petition Printer"))
    }

    @Test func theCoverShowsTheLogo() throws {
        let images = try ToolRunner.run("pdfimages", ["-list", "-f", "1", "-l", "1", pdf]).output
        let rows = images.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 1)
        let columns = rows.first?.split(separator: " ").map(String.init) ?? []
        #expect(columns.count > 4 && columns[2] == "image" && columns[3] == "240" && columns[4] == "120", "\(images)")
    }

    @Test func bookmarksOpenTheCoverLetterSignatoriesFiguresAndColophon() throws {
        let bookmarks = PDFTools.bookmarks(json)
        #expect(bookmarks.map(\.title) == ["Cover", "Clean Water for Every School", "Signatories (25)", "Figures", "Colophon"])
        #expect(bookmarks.map(\.page) == [1, 2, 3, 4, 5])
    }

    @Test func pageLabelsAreCoverThenOneTwoThenFiguresAndColophon() throws {
        let labels = PDFTools.pageLabels(json)
        #expect(labels.keys.sorted() == [0, 1, 3, 4])
        #expect(labels[0]?["/P"] as? String == "u:Cover")
        // Pages 2 and 3 are numbered 1 and 2 in decimal, as their footers say.
        #expect(labels[1]?["/S"] as? String == "/D")
        #expect(labels[1]?["/St"] as? Int == 1)
        #expect(labels[3]?["/P"] as? String == "u:Figures")
        #expect(labels[4]?["/P"] as? String == "u:Colophon")
    }

    @Test func addressesInTheLetterAndOnTheCoverAreLinks() throws {
        let targets = PDFTools.linkTargets(json)
        #expect(targets.contains("https://www.cleanwater-schools.example.org"))
        #expect(targets.filter { $0 == "mailto:press@cleanwater-schools.example.org" }.count == 2, "\(targets)")
    }

    @Test func languageTagsAndACleanFile() throws {
        let catalog = PDFTools.objects(json).first { $0["/Type"] as? String == "/Catalog" }
        #expect(catalog?["/Lang"] as? String == "u:en")
        #expect((catalog?["/MarkInfo"] as? [String: Any])?["/Marked"] as? Bool == true)
        let info = try ToolRunner.run("pdfinfo", [pdf]).output
        #expect(info.contains("Tagged:          yes"))
        let check = try ToolRunner.run("qpdf", ["--check", pdf])
        #expect(check.status == 0 && !check.output.lowercased().contains("warning"), "\(check.output)")
        // The structure tree has headings, paragraphs and one list element per list page, not one per name.
        let roles = PDFTools.objects(json).compactMap { $0["/S"] as? String }
        #expect(roles.contains("/H1") && roles.contains("/P") && roles.contains("/Document"))
        #expect(roles.filter { $0 == "/L" }.count == 1)
    }
}
