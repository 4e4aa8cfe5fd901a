import Foundation
import Testing

/// Bleed, crop marks, duplex margins and layout-file errors, through the built command.
@Suite("Print production")
struct PrintProductionTests {
    private static let millimetre = 72 / 25.4

    private func render(_ extra: [String], environment: [String: String] = [:]) throws -> (pdf: String, result: ToolResult) {
        let pdf = try Fixtures.scratchFolder().appendingPathComponent("out.pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories",
                                                            Fixtures.exampleSignatories, "-o", pdf] + extra,
                                        environment: environment)
        return (pdf, result)
    }

    @Test func bleedAndCropMarksSetTheTrimAndBleedBoxes() throws {
        let (pdf, result) = try render(["--bleed", "3mm", "--crop-marks"])
        #expect(result.status == 0, "\(result.errors)")
        let check = try ToolRunner.run("qpdf", ["--check", pdf])
        #expect(check.status == 0 && !check.output.lowercased().contains("warning"), "\(check.output)")
        let pages = Int(try ToolRunner.run("pdfinfo", [pdf]).output.split(separator: "\n")
            .first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        #expect(pages == 2)
        for page in 1...pages {
            let boxes = try PDFTools.boxes(pdf, page: page)
            let trim = try #require(boxes["TrimBox"]), bleed = try #require(boxes["BleedBox"]), media = try #require(boxes["MediaBox"])
            #expect(abs((trim[2] - trim[0]) - 595.28) < 0.02 && abs((trim[3] - trim[1]) - 841.89) < 0.02, "trim \(trim)")
            for index in 0..<2 { #expect(abs(trim[index] - bleed[index] - 3 * Self.millimetre) < 0.02, "bleed \(bleed)") }
            for index in 2..<4 { #expect(abs(bleed[index] - trim[index] - 3 * Self.millimetre) < 0.02, "bleed \(bleed)") }
            // Room for the marks beyond the bleed.
            #expect(bleed[0] > media[0] + 5 * Self.millimetre && media[2] > bleed[2] + 5 * Self.millimetre)
        }
    }

    @Test func bleedFromTheLayoutFileWithoutMarks() throws {
        let folder = try Fixtures.scratchFolder()
        let layout = folder.appendingPathComponent("bleeding.toml")
        let parent = Fixtures.packageRoot.appendingPathComponent("layouts/classic-letter.toml").path
        try "format = 1\nextends = \"\(parent)\"\n[page]\nbleed = \"0.125in\"\n".write(to: layout, atomically: true, encoding: .utf8)
        let (pdf, result) = try render(["--layout", layout.path])
        #expect(result.status == 0, "\(result.errors)")
        let boxes = try PDFTools.boxes(pdf)
        #expect(boxes["TrimBox"].map { $0.map { ($0 * 100).rounded() / 100 } } == [9, 9, 621, 801])
        #expect(boxes["BleedBox"] == boxes["MediaBox"])
    }

    @Test func withoutBleedThereAreNoPrintBoxes() throws {
        let (pdf, _) = try render([])
        let boxes = try PDFTools.boxes(pdf)
        #expect(boxes["TrimBox"] == boxes["MediaBox"])
        let page = try ToolRunner.run("qpdf", ["--show-object=3", pdf]).output
        #expect(!page.contains("/TrimBox"))
    }

    @Test func bookletPagesMirrorTheirMargins() throws {
        let (pdf, result) = try render(["--layout", "booklet-a5"])
        #expect(result.status == 0)
        func leftEdge(_ page: Int) throws -> Double {
            let html = try ToolRunner.run("pdftotext", ["-bbox-layout", "-f", String(page), "-l", String(page), pdf, "-"]).output
            return BoundingBoxes.blocks(in: html).flatMap { $0 }.map(\.xMin).min() ?? 0
        }
        // Right-hand page 1: inner margin (18mm) on the left; left-hand page 2: the outer one (14mm).
        #expect(abs(try leftEdge(1) - 18 * Self.millimetre) < 1)
        #expect(abs(try leftEdge(2) - 14 * Self.millimetre) < 1)
    }

    @Test func aBrokenLayoutFileNamesFileLineAndColumn() throws {
        let folder = try Fixtures.scratchFolder()
        let layout = folder.appendingPathComponent("mine.toml")
        try "format = 1\nextends = \"classic-a4\"\n\n[signatories]\ncolums = 2\n".write(to: layout, atomically: true, encoding: .utf8)
        let (pdf, result) = try render(["--layout", layout.path])
        #expect(result.status == 1)
        #expect(result.errors.contains("\(layout.path):5:1: error: unknown key 'colums' in [signatories]; did you mean 'columns'?"),
                "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: pdf))

        try "format = 1\n[page]\nsize = \"A5\"\nmargin-inner = \"68mm\"\nmargin-outer = \"68mm\"\n".write(to: layout, atomically: true, encoding: .utf8)
        let geometry = try render(["--layout", layout.path])
        #expect(geometry.result.status == 1)
        #expect(geometry.result.errors.contains("\(layout.path):4:1: error: the margins leave"), "\(geometry.result.errors)")

        try "format = 1\n[document]\ncover = 1\n".write(to: layout, atomically: true, encoding: .utf8)
        let type = try render(["--layout", layout.path])
        #expect(type.result.errors.contains("\(layout.path):3:9: error: expected true or false for 'cover', got a number"),
                "\(type.result.errors)")
    }

    @Test func previewWritesOnlyPNGs() throws {
        let folder = try Fixtures.scratchFolder()
        let previews = folder.appendingPathComponent("pages").path
        let result = try ToolRunner.run(Fixtures.petition, ["preview", Fixtures.exampleLetter, "--layout", "booklet-a5",
                                                            "--png", previews, "--png-resolution", "72"])
        #expect(result.status == 0, "\(result.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: previews).sorted()
        #expect(files == ["page-001.png", "page-002.png"])
        // A5 at 72 dpi: one pixel per point.
        let size = try PDFTools.pngSize(previews + "/page-001.png")
        #expect(size.width == 420 && size.height == 595)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pages"])
    }

    @Test func renderHelpDescribesTheProductionOptions() throws {
        let help = try ToolRunner.run(Fixtures.petition, ["render", "--help"])
        for option in ["--png", "--png-resolution", "--logo", "--bleed", "--crop-marks", "--report"] {
            #expect(help.output.contains(option), "render --help does not mention \(option)")
        }
    }

    @Test func badProductionOptionsAreRefused() throws {
        #expect(try render(["--bleed", "three"]).result.errors.contains("--bleed takes a length"))
        #expect(try render(["--png-resolution", "0"]).result.status != 0)
        let report = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "-o", "-", "--report", "json"])
        #expect(report.status != 0 && report.errors.contains("--report writes to standard output"))
        let logo = try render(["--layout", "press-kit", "--logo", Fixtures.exampleLetter])
        #expect(logo.result.status == 1 && logo.result.errors.contains("the logo is neither a PNG nor an SVG file"))
    }
}
