import Foundation
import Testing

/// The built `petition` command: help, errors with locations, no output left behind, determinism.
@Suite("The petition command")
struct CommandLineTests {
    @Test func helpDescribesEveryOption() throws {
        let help = try ToolRunner.run(Fixtures.petition, ["render", "--help"])
        #expect(help.status == 0)
        for option in ["--signatories", "--layout", "--lang", "--output", "SOURCE_DATE_EPOCH"] {
            #expect(help.output.contains(option), "render --help does not mention \(option)")
        }
        let top = try ToolRunner.run(Fixtures.petition, ["--help"])
        #expect(top.output.contains("render") && top.output.contains("layouts"))
    }

    @Test func layoutsListsTheLayoutsWithDescriptions() throws {
        let list = try ToolRunner.run(Fixtures.petition, ["layouts"])
        #expect(list.status == 0)
        #expect(list.output.contains("classic-a4 "))
        #expect(list.output.contains("classic-letter "))
    }

    @Test func invalidUTF8IsAnErrorWithLineAndColumnAndNoPDF() throws {
        let folder = try Fixtures.scratchFolder()
        let letter = folder.appendingPathComponent("bad.txt")
        var bytes = Array("Title: Test\n\nFirst line is fine.\nSecond has ab".utf8)
        bytes.append(0xFF)
        bytes += Array(" here.\n".utf8)
        try Data(bytes).write(to: letter)
        let result = try ToolRunner.run(Fixtures.petition, ["render", letter.path])
        #expect(result.status != 0)
        #expect(result.errors.contains("bad.txt:4:14:"), "got: \(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bad.pdf").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad.txt"])
    }

    @Test func missingLetterFileIsNamed() throws {
        let result = try ToolRunner.run(Fixtures.petition, ["render", "/nonexistent/letter.txt", "-o", "/tmp/never.pdf"])
        #expect(result.status != 0)
        #expect(result.errors.contains("/nonexistent/letter.txt: error: no such file"))
    }

    @Test func unknownLayoutListsTheAvailableOnesAndLeavesNoFile() throws {
        let folder = try Fixtures.scratchFolder()
        let output = folder.appendingPathComponent("out.pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--layout", "clasic-a4", "-o", output])
        #expect(result.status != 0)
        #expect(result.errors.contains("classic-a4"), "got: \(result.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func emptyLetterIsAnError() throws {
        let result = try ToolRunner.run(Fixtures.petition, ["render", "-", "-o", "/tmp/never-empty.pdf"], input: Data("\n  \n".utf8))
        #expect(result.status != 0)
        #expect(result.errors.contains("<stdin>"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-empty.pdf"))
    }

    @Test func failedRenderKeepsTheEarlierPDF() throws {
        let folder = try Fixtures.scratchFolder()
        let output = folder.appendingPathComponent("keep.pdf")
        try Data("earlier".utf8).write(to: output)
        let result = try ToolRunner.run(Fixtures.petition, ["render", "-", "-o", output.path], input: Data([0x41, 0xFE, 0x0A]))
        #expect(result.status != 0)
        #expect(try Data(contentsOf: output) == Data("earlier".utf8))
    }

    @Test func sourceDateEpochMakesRendersByteIdentical() throws {
        let folder = try Fixtures.scratchFolder()
        var outputs: [Data] = []
        for name in ["one.pdf", "two.pdf"] {
            let path = folder.appendingPathComponent(name).path
            let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories",
                                                                Fixtures.exampleSignatories, "-o", path],
                                            environment: ["SOURCE_DATE_EPOCH": "1700000000"])
            #expect(result.status == 0, "\(result.errors)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(outputs[0] == outputs[1])
        let info = try ToolRunner.run("pdfinfo", [folder.appendingPathComponent("one.pdf").path]).output
        #expect(info.contains("2023"), "creation date from SOURCE_DATE_EPOCH (14 Nov 2023): \(info)")
    }

    @Test func pdfGoesToStandardOutputWithDash() throws {
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "-o", "-"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("%PDF-"))
    }

    @Test func defaultOutputIsBesideTheLetter() throws {
        let folder = try Fixtures.scratchFolder()
        let letter = folder.appendingPathComponent("appeal.txt")
        try Data("A short appeal to everyone who reads it.\n".utf8).write(to: letter)
        let result = try ToolRunner.run(Fixtures.petition, ["render", letter.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("appeal.pdf").path))
    }

    @Test func usLetterLayoutIsExactlyLetterSized() throws {
        let folder = try Fixtures.scratchFolder()
        let pdf = folder.appendingPathComponent("letter.pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--layout", "classic-letter", "-o", pdf])
        #expect(result.status == 0, "\(result.errors)")
        let info = try ToolRunner.run("pdfinfo", [pdf]).output
        #expect(info.contains("Page size:       612 x 792 pts (letter)"), "\(info)")
    }

    @Test func aCharacterNoFontCoversIsReportedWithItsPlace() throws {
        let folder = try Fixtures.scratchFolder()
        let letter = folder.appendingPathComponent("private.txt")
        try Data("Title: Test\n\nFirst paragraph.\n\nA private-use character \u{E000} here.\n".utf8).write(to: letter)
        let result = try ToolRunner.run(Fixtures.petition, ["render", letter.path])
        #expect(result.status == 0)
        #expect(result.errors.contains("private.txt:5:1: warning: no font in the font set covers U+E000"), "\(result.errors)")
        #expect(result.errors.contains("character 25"))
    }
}
