import Foundation
import PetitionDocument
import Testing

/// Renders the bundled example once and checks the PDF with poppler, qpdf and mupdf.
@Suite("The bundled example, checked with real PDF readers")
struct ExampleRenderTests {
    static let rendered: Result<String, any Error> = Result {
        let folder = try Fixtures.scratchFolder()
        let pdf = folder.appendingPathComponent("example.pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories",
                                                            Fixtures.exampleSignatories, "-o", pdf])
        guard result.status == 0 else { throw RenderFailure(message: result.errors) }
        return pdf
    }

    struct RenderFailure: Error { var message: String }

    let pdf: String

    init() throws {
        pdf = try Self.rendered.get()
    }

    @Test func everyWordOfTheLetterIsInTheExtractedTextInOrder() throws {
        let letter = try LetterParser.parse(Data(contentsOf: URL(fileURLWithPath: Fixtures.exampleLetter)), file: "letter")
        let expected = Fixtures.words(([letter.metadata.title, letter.metadata.subtitle].compactMap { $0 }
            + letter.blocks.map(\.text)).joined(separator: " "))
        for extractor in [["pdftotext", "-enc", "UTF-8", pdf, "-"], ["mutool", "draw", "-F", "txt", "-o", "-", pdf]] {
            let text = try ToolRunner.run(extractor[0], Array(extractor.dropFirst()))
            #expect(text.status == 0)
            let missing = Fixtures.firstMissingInOrder(expected, in: Fixtures.extractedWords(text.output, known: Set(expected)))
            #expect(missing == nil, "\(extractor[0]) lost or reordered the word \(missing ?? "")")
        }
    }

    @Test func lineEndHyphensAreOnlyTheLettersOwn() throws {
        let letter = try String(contentsOfFile: Fixtures.exampleLetter, encoding: .utf8)
        let text = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).output
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        for (index, line) in lines.enumerated().dropLast() {
            guard let last = Fixtures.words(line).last, last.hasSuffix("-"), last.count > 1,
                  let next = Fixtures.words(lines[index + 1]).first else { continue }
            // A hyphen the layout added would make a word the letter does not contain.
            #expect(letter.contains(last + next), "a visible hyphen splits \(last)\(next)")
        }
    }

    @Test func everySignatoryIsPrinted() throws {
        let text = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).output
        let list = try SignatoryReader.read(Data(contentsOf: URL(fileURLWithPath: Fixtures.exampleSignatories)), file: "csv")
        #expect(list.signatories.count == 25)
        for signatory in list.signatories {
            #expect(text.contains(signatory.name), "missing \(signatory.name)")
        }
        #expect(text.contains("Signatories (25)"))
    }

    @Test func fontsAreEmbeddedAsSubsets() throws {
        let fonts = try ToolRunner.run("pdffonts", [pdf])
        #expect(fonts.status == 0)
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            // name type... emb sub uni object ID: the last five columns are emb sub uni num num.
            let flags = columns.suffix(5).prefix(3)
            #expect(Array(flags) == ["yes", "yes", "yes"], "font not embedded as a subset with a ToUnicode map: \(row)")
        }
    }

    @Test func qpdfFindsNoErrorsOrWarnings() throws {
        let check = try ToolRunner.run("qpdf", ["--check", pdf])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        #expect(!check.output.lowercased().contains("warning"))
        #expect(!check.errors.lowercased().contains("warning"))
    }

    @Test func pageSizeIsExactlyA4AndTheTitleIsSet() throws {
        let info = try ToolRunner.run("pdfinfo", [pdf]).output
        #expect(info.contains("Page size:       595.276 x 841.89 pts (A4)"))
        #expect(info.contains("Title:           Clean Water for Every School"))
        #expect(info.contains("Creator:         Petition Printer"))
        #expect(info.contains("Author:          The Clean Water for Schools Coalition"))
    }

    @Test func justifiedLinesEndAtTheSameX() throws {
        let html = try ToolRunner.run("pdftotext", ["-bbox-layout", "-f", "1", "-l", "1", pdf, "-"]).output
        let blocks = BoundingBoxes.blocks(in: html)
        let paragraphs = blocks.filter { $0.count >= 4 }
        #expect(paragraphs.count >= 3, "expected several multi-line paragraphs on page 1")
        for lines in paragraphs {
            let ends = lines.dropLast().map(\.xMax)
            let spread = (ends.max() ?? 0) - (ends.min() ?? 0)
            #expect(spread < 0.6, "justified lines end at different x: \(ends)")
            #expect((lines.last?.xMax ?? 0) <= (ends.max() ?? 0) + 0.6)
        }
    }

    @Test func everySignaturePageSaysWhatWasSigned() throws {
        let page2 = try ToolRunner.run("pdftotext", ["-f", "2", "-l", "2", "-enc", "UTF-8", pdf, "-"]).output
        #expect(page2.hasPrefix("Clean Water for Every School — An open letter to the Ministers of Education and Health\n"), "\(page2.prefix(120))")
        let page1 = try ToolRunner.run("pdftotext", ["-f", "1", "-l", "1", "-enc", "UTF-8", pdf, "-"]).output
        #expect(!page1.contains("School — An open letter"), "the letter's own first page carries its title, not a running header")
    }
}
