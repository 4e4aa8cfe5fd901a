import Foundation
import Testing

/// Parts of a document with nothing to show are left out with a warning rather than printed
/// empty: the signatory heading of a list without rows, the press-kit cover of a letter without
/// title or organiser.
@Suite("Nothing to show: no empty heading, no blank cover")
struct NothingToShowTests {
    @Test func aListWithoutRowsPrintsNoHeadingAndWarns() throws {
        let folder = try Fixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("empty.csv")
        try Data("name,city\n\n".utf8).write(to: list)
        let pdf = folder.appendingPathComponent("out.pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories", list.path, "-o", pdf])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("\(list.path):1:1: warning: the signatory list has no rows"))
        let text = try ToolRunner.run("pdftotext", [pdf, "-"]).output
        #expect(!text.contains("Signatories ("), "no heading for an empty list")
        #expect(!text.contains("Signatories (0)"))
    }

    @Test func aPressKitLetterWithoutTitleOrOrganiserHasNoBlankCover() throws {
        let folder = try Fixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let letter = Fixtures.corpus.appendingPathComponent("aleppo-open-letter.txt").path
        let pdf = folder.appendingPathComponent("aleppo.pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", letter, "--layout", "press-kit",
                                                            "--signatories", Fixtures.exampleSignatories, "-o", pdf])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("\(letter):1:1: warning: cover page left out"))
        let firstPage = try ToolRunner.run("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]).output
        #expect(firstPage.contains("The UN Security Council has failed Syrians"), "the letter starts on page 1")
    }

    @Test func aPressKitCoverTakesItsTitleFromTheLettersOpeningHeading() throws {
        let folder = try Fixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let letter = folder.appendingPathComponent("letter.txt")
        try Data("# Water for every school\n\nWe ask the council for clean water in every school.\n".utf8).write(to: letter)
        let pdf = folder.appendingPathComponent("letter.pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", letter.path, "--layout", "press-kit", "-o", pdf])
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.errors.contains("cover page left out"))
        let cover = try ToolRunner.run("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]).output
        #expect(cover.trimmingCharacters(in: .whitespacesAndNewlines) == "Water for every school")
    }
}
