import Foundation
import Testing

/// An SVG logo on the press-kit cover is drawn as vectors (no image in the PDF), in its
/// proportions; a broken one is a clear error and no PDF.
@Suite("SVG logos")
struct SVGLogoTests {
    static let logo = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
          <rect x="10" y="10" width="80" height="80" fill="#1f77b4"/>
          <circle cx="150" cy="50" r="40" fill="#2ca02c"/>
        </svg>
        """

    @Test func theCoverDrawsTheSVGAsVectors() throws {
        let folder = try Fixtures.scratchFolder()
        let logo = folder.appendingPathComponent("logo.svg")
        try Data(Self.logo.utf8).write(to: logo)
        let pdf = folder.appendingPathComponent("kit.pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--layout", "press-kit",
                                                            "--logo", logo.path, "-o", pdf])
        #expect(result.status == 0, "\(result.errors)")
        let images = try ToolRunner.run("pdfimages", ["-list", "-f", "1", "-l", "1", pdf]).output
        #expect(images.split(separator: "\n").count == 2, "no raster image on the cover: \(images)")
        // The blue square and the green circle are on the cover: look for both colours.
        let prefix = folder.appendingPathComponent("cover").path
        #expect(try ToolRunner.run("pdftoppm", ["-r", "30", "-f", "1", "-l", "1", pdf, prefix]).status == 0)
        let ppm = try Data(contentsOf: URL(fileURLWithPath: prefix + "-1.ppm"))
        let colours = Self.colours(inPPM: ppm)
        #expect(colours.contains([31, 119, 180]), "the blue square is drawn")
        #expect(colours.contains([44, 160, 44]), "the green circle is drawn")
        #expect(try ToolRunner.run("qpdf", ["--check", pdf]).status == 0)
    }

    @Test func anSVGWithoutASizeIsAnErrorAndNoPDF() throws {
        let folder = try Fixtures.scratchFolder()
        let logo = folder.appendingPathComponent("logo.svg")
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"10\" height=\"10\"/></svg>".utf8).write(to: logo)
        let pdf = folder.appendingPathComponent("kit.pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--layout", "press-kit",
                                                            "--logo", logo.path, "-o", pdf])
        #expect(result.status != 0)
        #expect(result.errors.contains("logo.svg: error: the SVG logo gives neither width and height nor a viewBox"))
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    /// The distinct colours of a binary PPM (P6) image.
    static func colours(inPPM data: Data) -> Set<[UInt8]> {
        let bytes = [UInt8](data)
        // The header is four whitespace-separated fields: P6, width, height, maximum value.
        var fields = 0
        var index = 0
        while fields < 4, index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x0A { index += 1 }
            fields += 1
        }
        index += 1
        var colours = Set<[UInt8]>()
        while index + 2 < bytes.count {
            colours.insert(Array(bytes[index...(index + 2)]))
            index += 3
        }
        return colours
    }
}
