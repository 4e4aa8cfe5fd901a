import Foundation
import Testing

/// Every layout in `layouts/` renders the example: the right page size, a clean PDF, previews
/// of the right pixel size, and a report that adds up.
@Suite("Every layout renders the example")
struct LayoutRenderTests {
    static let layouts = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.packageRoot.appendingPathComponent("layouts").path))?
        .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted() ?? []

    /// Page size in points each shipped layout promises.
    static let expectedSizes: [String: (Double, Double)] = [
        "classic-a4": (595.276, 841.89), "press-kit": (595.276, 841.89), "delivery-list": (595.276, 841.89),
        "classic-letter": (612, 792), "booklet-a5": (419.528, 595.276),
    ]

    @Test func theFiveLayoutsShip() {
        #expect(Set(Self.layouts).isSuperset(of: Self.expectedSizes.keys))
    }

    @Test(arguments: layouts)
    func rendersWithItsPageSizePreviewsAndReport(layout: String) throws {
        let folder = try Fixtures.scratchFolder()
        let pdf = folder.appendingPathComponent("\(layout).pdf").path
        let previews = folder.appendingPathComponent("png").path
        let result = try ToolRunner.run(Fixtures.petition, [
            "render", Fixtures.exampleLetter, "--signatories", Fixtures.exampleSignatories, "--layout", layout,
            "-o", pdf, "--png", previews, "--png-resolution", "36", "--report", "json"])
        #expect(result.status == 0, "\(result.errors)")

        let size = try #require(try PDFTools.pageSize(pdf))
        if let expected = Self.expectedSizes[layout] {
            #expect(abs(size.width - expected.0) < 0.01 && abs(size.height - expected.1) < 0.01, "\(layout): \(size)")
        }
        let check = try ToolRunner.run("qpdf", ["--check", pdf])
        #expect(check.status == 0 && !check.output.lowercased().contains("warning"), "\(check.output)")

        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let pages = try #require(report["pages"] as? Int)
        let info = try ToolRunner.run("pdfinfo", [pdf]).output
        #expect(info.contains("Pages:           \(pages)\n"))
        #expect(report["layout"] as? String == layout)

        // Sections follow each other without gaps, from page 1 to the last.
        let sections = report["sections"] as? [[String: Any]] ?? []
        let names = sections.compactMap { $0["name"] as? String }
        #expect(names.contains("letter") && names.contains("signatories"))
        #expect(sections.first?["firstPage"] as? Int == 1)
        #expect(sections.last?["lastPage"] as? Int == pages)
        for (earlier, later) in zip(sections, sections.dropFirst()) {
            let end = earlier["lastPage"] as? Int ?? 0, start = later["firstPage"] as? Int ?? 0
            #expect(start == end || start == end + 1, "\(names): a gap or overlap between sections")
        }
        let counts = report["signatories"] as? [String: Int] ?? [:]
        #expect(counts["rows"] == 25 && counts["printed"] == 25 && counts["rejected"] == 0)
        #expect((report["fonts"] as? [String] ?? []).contains("NotoSerif-Regular.ttf"))
        let timings = report["timings"] as? [String: Double] ?? [:]
        #expect((timings["total"] ?? -1) >= (timings["reading"] ?? 0) && (timings["total"] ?? -1) > 0)

        // One preview per page, 36 dpi: half a point per pixel.
        let files = report["previews"] as? [String] ?? []
        #expect(files.count == pages)
        for file in files {
            let pixels = try PDFTools.pngSize(file)
            #expect(pixels.width == Int((size.width / 2).rounded()) && pixels.height == Int((size.height / 2).rounded()))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: previews).sorted() == (1...pages).map { String(format: "page-%03d.png", $0) })
    }

    @Test(arguments: layouts)
    func layoutsShowPrintsAFileThatRendersTheSame(layout: String) throws {
        let show = try ToolRunner.run(Fixtures.petition, ["layouts", "show", layout])
        #expect(show.status == 0)
        #expect(show.output.contains("[page]") && show.output.contains("[document]") && !show.output.contains("extends ="))
        let folder = try Fixtures.scratchFolder()
        // Same file name, so the colophon names the same layout.
        let file = folder.appendingPathComponent("\(layout).toml")
        try show.output.write(to: file, atomically: true, encoding: .utf8)
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        var outputs: [Data] = []
        for (index, choice) in [layout, file.path].enumerated() {
            let pdf = folder.appendingPathComponent("\(index).pdf").path
            let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories",
                                                                Fixtures.exampleSignatories, "--layout", choice, "-o", pdf],
                                            environment: environment)
            #expect(result.status == 0, "\(result.errors)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: pdf)))
        }
        #expect(outputs[0] == outputs[1], "the resolved layout renders differently from \(layout)")
    }

    @Test func layoutsShowNamesAnUnknownLayout() throws {
        let show = try ToolRunner.run(Fixtures.petition, ["layouts", "show", "press-kitt"])
        #expect(show.status == 1)
        #expect(show.errors.contains("unknown layout 'press-kitt'; did you mean 'press-kit'?"))
    }
}
