import Foundation
import Testing

/// The signatory list end to end: every row printed or reported, split volumes, privacy, the
/// digest a recipient can recompute, group headings and per-page ranges, read back with poppler.
@Suite("Signatory lists, checked with real PDF readers")
struct SignatoryListTests {
    static let countries = ["France", "Germany", "Kenya", "Spain"]

    /// 5,000 distinct people, then 10 exact duplicates (case and spacing varied) and 5 empty rows.
    static func fiveThousand() -> String {
        var rows = ["name,organisation,city,country"]
        for index in 1...5_000 {
            rows.append("Person\(index) Surname\(index % 97),Group \(index % 13),City \(index % 7),\(countries[index % 4])")
        }
        for index in 1...10 {
            rows.append("person\(index)  surname\(index % 97),group \(index % 13),city \(index % 7),\(countries[index % 4].uppercased())")
        }
        rows += Array(repeating: ",,,", count: 5)
        return rows.joined(separator: "\n") + "\n"
    }

    func render(_ csv: String, _ arguments: [String], layout: String = "delivery-list") throws -> (folder: URL, result: ToolResult) {
        let folder = try Fixtures.scratchFolder()
        let list = folder.appendingPathComponent("people.csv")
        try Data(csv.utf8).write(to: list)
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories", list.path,
                                                            "--layout", layout, "-o", folder.appendingPathComponent("out.pdf").path] + arguments)
        return (folder, result)
    }

    func text(_ pdf: URL) throws -> String {
        try ToolRunner.run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).output
    }

    @Test func everyRowIsPrintedOrReportedAndEveryNameIsInThePDF() throws {
        let (folder, result) = try render(Self.fiveThousand(), [])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("5,015 rows: 5,000 printed, 10 duplicates, 5 rejected"), "\(result.errors)")
        let text = try text(folder.appendingPathComponent("out.pdf"))
        let words = Set(Fixtures.words(text))
        let missing = (1...5_000).filter { !words.contains("Person\($0)") }
        #expect(missing.isEmpty, "names missing from the PDF: \(missing.prefix(5))")
        #expect(text.contains("Signatories (5,000)") && text.contains("Total: 5,000 signatures"))
        let rejects = try String(contentsOf: folder.appendingPathComponent("out.rejects.csv"), encoding: .utf8)
        #expect(rejects.split(separator: "\n").count == 1 + 10 + 5)
        #expect(rejects.contains("duplicate of line 2,"))
    }

    @Test func numberedEntriesAndPerPageRangesInTheFooter() throws {
        let (folder, _) = try render(Self.fiveThousand(), [])
        let page3 = try ToolRunner.run("pdftotext", ["-f", "3", "-l", "3", "-enc", "UTF-8",
                                                     folder.appendingPathComponent("out.pdf").path, "-"]).output
        let footer = try #require(page3.split(separator: "\n").first { $0.hasPrefix("Signatures ") })
        // "Signatures 301–450 of 5,000 — page 3 of 40": the range's numbers are the page's first and last entries.
        let range = footer.dropFirst("Signatures ".count).prefix { $0 != " " }.split(separator: "–").map { Int($0.replacingOccurrences(of: ",", with: ""))! }
        #expect(range.count == 2)
        #expect(page3.contains("\(range[0]).") && page3.contains("\(range[1])."), "numbers \(range) printed on the page")
        #expect(footer.contains("of 5,000"))
    }

    @Test func splitEveryWritesOneVolumePerBlockWithItsOwnTotals() throws {
        let (folder, result) = try render(Self.fiveThousand(), ["--split-every", "2000"])
        #expect(result.status == 0, "\(result.errors)")
        let volumes = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(volumes == ["out-1-2000.pdf", "out-2001-4000.pdf", "out-4001-5000.pdf"])
        let last = try text(folder.appendingPathComponent("out-4001-5000.pdf"))
        #expect(last.contains("Total: 1,000 signatures"))
        #expect(last.contains("Person5000") && !last.contains("Person4000 "))
    }

    @Test func splitByCountryWritesOneVolumePerCountry() throws {
        let (folder, result) = try render(Self.fiveThousand(), ["--split-by", "country"])
        #expect(result.status == 0, "\(result.errors)")
        let volumes = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(volumes == Self.countries.map { "out-\($0).pdf" })
        let kenya = try text(folder.appendingPathComponent("out-Kenya.pdf"))
        #expect(kenya.contains("Total: 1,250 signatures"))
    }

    @Test func groupsHaveSubtotalsAndContinuedHeadings() throws {
        let (folder, result) = try render(Self.fiveThousand(), ["--group-by", "country"])
        #expect(result.status == 0, "\(result.errors)")
        let text = try text(folder.appendingPathComponent("out.pdf"))
        for country in Self.countries { #expect(text.contains("\(country) (1,250)")) }
        #expect(text.contains("Germany (continued)"))
    }

    @Test func privacyPresetsChangeWhatPrints() throws {
        let csv = "name,city,country,email\nMaria García,Sevilla,Spain,maria@example.org\nJohn Smith,Leeds,United Kingdom,john@example.org\n"
        let (initialFolder, _) = try render(csv, ["--privacy", "surname-initial"], layout: "classic-a4")
        let initial = try text(initialFolder.appendingPathComponent("out.pdf"))
        #expect(initial.contains("Maria G.") && !initial.contains("García") && !initial.contains("@example.org"))
        let (anonymousFolder, _) = try render(csv, ["--privacy", "anonymous"], layout: "classic-a4")
        let anonymous = try text(anonymousFolder.appendingPathComponent("out.pdf"))
        #expect(anonymous.components(separatedBy: "Anonymous").count == 3 && !anonymous.contains("Maria"))
        let (hiddenFolder, hidden) = try render(csv, ["--privacy", "hidden"], layout: "classic-a4")
        #expect(hidden.errors.contains("2 hidden"), "\(hidden.errors)")
        #expect(!(try text(hiddenFolder.appendingPathComponent("out.pdf"))).contains("Maria"))
    }

    @Test func theListDigestIsRecomputedFromThePrintedListCSV() throws {
        let folder = try Fixtures.scratchFolder()
        let (renderFolder, result) = try render(Self.fiveThousand(), ["--list-csv", folder.appendingPathComponent("list.csv").path])
        #expect(result.status == 0)
        let verify = try ToolRunner.run("/usr/bin/python3", [Fixtures.packageRoot.appendingPathComponent("scripts/verify-digest.py").path,
                                                            folder.appendingPathComponent("list.csv").path])
        let digest = verify.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(digest.count == 64, "\(verify.output)\(verify.errors)")
        let text = try text(renderFolder.appendingPathComponent("out.pdf")).replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "\n", with: "")
        #expect(text.contains(digest), "the PDF prints the digest the script computes")
    }

    /// Names and detail lines in Hebrew, Arabic, Latin, Greek and Cyrillic, some mixing directions
    /// within one line (`Amnesty, תל אביב`, `שרה Dupont`), after a Hebrew letter: each reader's
    /// text holds no bidi control of ours, and holds each entry's line as its words in logical
    /// order, one after the other (where in the page the line comes is the reader's column
    /// analysis, not ours). mupdf reads every line so. pdfium takes a line as right to left when
    /// it has at least as many right-to-left stretches as left-to-right ones (`CFX_BidiString`,
    /// used in `CloseTempLine`; "תל אביב" is two stretches), so "Amnesty, תל אביב" comes out with
    /// its parts swapped, and so does "שרה Dupont". poppler takes this page as left to right (its
    /// letters are mostly Latin: `primaryLR` in `TextPage::coalesce`) and then writes the pieces of
    /// every line from the left, cutting right-to-left text at "," and digits (`reorderText`): a
    /// right-to-left line holding Latin or a comma ("منظمة العفو, Москва") comes out swapped. The
    /// two readers ask opposite things of a line such as "منظمة العفو, Москва": poppler reads it
    /// in order only laid out left to right, pdfium only right to left; the layout gives each
    /// entry the direction of its first strong letter, as the Unicode bidi algorithm does.
    @Test func aListInMixedDirectionsCopiesCleanAndInOrder() throws {
        let folder = try Fixtures.scratchFolder()
        let names = ["Anna Schmidt", "محمد الحسن", "יעל כהן", "Νίκος Παπαδόπουλος", "Иван Петров", "Omar خان", "שרה Dupont"]
        let organisations = ["Amnesty", "منظمة العفو", "Oxfam", "אגודה לזכויות", ""]
        let cities = ["Paris", "القاهرة", "תל אביב", "Москва", "Athens"]
        var csv = "Name,Organisation,City\n"
        var lines: [String] = []
        for row in 0..<70 {
            let name = names[row % names.count], organisation = organisations[row % organisations.count]
            let city = cities[(row / 2) % cities.count]
            csv += "\(name),\(organisation),\(city)\n"
            lines += [name, [organisation, city].filter { !$0.isEmpty }.joined(separator: ", ")]
        }
        let list = folder.appendingPathComponent("list.csv")
        try Data(csv.utf8).write(to: list)
        let pdf = folder.appendingPathComponent("list.pdf").path
        let letter = folder.appendingPathComponent("letter.he.txt")
        try Data("Language: he\n\nכל בני אדם נולדו בני חורין ושווים בערכם ובזכויותיהם.\n".utf8).write(to: letter)
        let render = try ToolRunner.run(Fixtures.petition, ["render", letter.path,
                                                            "--signatories", list.path, "--order", "as-given", "--keep-duplicates",
                                                            "-o", pdf, "--quiet"])
        #expect(render.status == 0, "\(render.errors)")
        let floors: [PDFReader: Double] = [.poppler: 0.77, .pdfium: 0.87, .mupdf: 1]
        for reader in PDFReader.allCases {
            let text = try reader.text(of: pdf)
            // poppler marks the right-to-left stretches of a left-to-right page itself, with
            // RLE/LRE ... PDF (U+202A-U+202C, `reorderText`); every other control would be ours.
            let ownMarks: Set<UInt32> = reader == .poppler ? [0x202A, 0x202B, 0x202C] : []
            let controls = text.unicodeScalars.filter { LetterRuns.isBidiFormatting($0) && !ownMarks.contains($0.value) }
            #expect(controls.isEmpty, "\(reader) copied \(controls.count) bidi controls, such as \(controls.prefix(3).map { String($0.value, radix: 16) })")
            let copied = " " + LetterRuns.comparableWords(text).joined(separator: " ") + " "
            let missed = lines.filter { !copied.contains(" " + LetterRuns.comparableWords($0).joined(separator: " ") + " ") }
            let share = 1 - Double(missed.count) / Double(lines.count)
            #expect(share >= floors[reader, default: 1], "\(reader) read \(Int(share * 1000)) ‰ of the lines in order; not \(Set(missed))")
        }
    }
}
