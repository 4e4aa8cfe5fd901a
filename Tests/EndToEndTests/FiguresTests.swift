import Foundation
import Testing

/// The figures page end to end: `--figures` on any layout, `--report json` with the same
/// numbers, the page's words read back with poppler, and press-kit having it by itself.
@Suite("The figures page, read back")
struct FiguresTests {
    /// 60 people in three countries and two regions, signed over nine days in the forms
    /// spreadsheets export (ISO with time, day-first slashes proven by 13/10, Excel serials).
    static let csv: String = {
        var rows = ["name,country,region,signed_at"]
        let dates = ["2026-10-05 09:15", "13/10/2026", "46300", "2026-10-05T18:00:00Z", ""]
        for index in 0..<60 {
            let country = index < 30 ? "Kenya" : index < 50 ? "Ghana" : "Peru"
            rows.append("Person \(index),\(country),\(index % 2 == 0 ? "North" : "South"),\(dates[index % dates.count])")
        }
        return rows.joined(separator: "\n") + "\n"
    }()

    func render(_ arguments: [String], layout: String = "classic-a4") throws -> (folder: URL, result: ToolResult) {
        let folder = try Fixtures.scratchFolder()
        let list = folder.appendingPathComponent("people.csv")
        try Data(Self.csv.utf8).write(to: list)
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories", list.path, "--layout", layout,
                                                            "-o", folder.appendingPathComponent("out.pdf").path] + arguments)
        return (folder, result)
    }

    func lastPages(_ pdf: URL, _ count: Int) throws -> String {
        let info = try ToolRunner.run("pdfinfo", [pdf.path]).output
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        return try ToolRunner.run("pdftotext", ["-f", String(pages - count + 1), "-l", String(pages), "-enc", "UTF-8", pdf.path, "-"]).output
    }

    @Test func theReportCarriesTheNumbersThePagePrints() throws {
        let (folder, result) = try render(["--figures", "--report", "json"])
        #expect(result.status == 0, "\(result.errors)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let figures = try #require(report["figures"] as? [String: Any])
        #expect(figures["total"] as? Int == 60 && figures["groupCount"] as? Int == 3 && figures["groupColumn"] as? String == "country")
        let groups = try #require(figures["groups"] as? [[String: Any]])
        #expect(groups.map { $0["name"] as? String } == ["Kenya", "Ghana", "Peru"])
        #expect(groups.map { $0["signatures"] as? Int } == [30, 20, 10])
        let timeline = try #require(figures["timeline"] as? [String: Any])
        // 46300 is 2026-10-05 in Excel's count; 13/10 proves day-first.
        #expect(timeline["interval"] as? String == "day" && timeline["first"] as? String == "2026-10-05"
                && timeline["last"] as? String == "2026-10-13" && timeline["slashedDates"] as? String == "day-first")
        let bars = try #require(timeline["bars"] as? [[String: Any]])
        #expect(bars.count == 9 && bars.first?["signatures"] as? Int == 36 && bars.last?["signatures"] as? Int == 12)
        #expect(timeline["undated"] as? Int == 12)
        let text = try lastPages(folder.appendingPathComponent("out.pdf"), 1)
        for expected in ["The petition in figures", "60 signatures", "from 3 countries", "Kenya", "30", "Signatures per day",
                         "First signature: 5 October 2026", "Last signature: 13 October 2026", "12 signatures have no date"] {
            #expect(text.contains(expected), "\(expected) in \(text)")
        }
    }

    @Test func groupByChangesWhatIsCounted() throws {
        let (folder, result) = try render(["--figures", "--group-by", "region"])
        #expect(result.status == 0, "\(result.errors)")
        let text = try lastPages(folder.appendingPathComponent("out.pdf"), 1)
        #expect(text.contains("in 2 groups by region") && text.contains("Largest groups by region"), "\(text)")
    }

    @Test func thePressKitHasItWithoutAsking() throws {
        let (folder, result) = try render([], layout: "press-kit")
        #expect(result.status == 0, "\(result.errors)")
        let text = try lastPages(folder.appendingPathComponent("out.pdf"), 2)
        #expect(text.contains("The petition in figures") && text.contains("Colophon"))
        let (plainFolder, _) = try render([])
        #expect(!(try lastPages(plainFolder.appendingPathComponent("out.pdf"), 1)).contains("The petition in figures"))
    }
}
