import Foundation
import Testing

/// `petition batch --combined`: the six UN-language letters of the corpus in one PDF (the
/// `press-kit` layout, so each has a cover, letter pages and a colophon), read back with qpdf and
/// poppler and compared with each translation's own PDF.
@Suite
struct CombinedBatchTests {
    struct Batch {
        var folder: URL
        var status: Int32
        var errors: String
        var combined: String { folder.appendingPathComponent("all.pdf").path }
        func single(_ letter: String) -> String {
            folder.appendingPathComponent((letter as NSString).deletingPathExtension + ".pdf").path
        }
    }

    /// The letters in the order given on the command line, and their languages' own names.
    static let letters = ["en_udhr.txt", "fr_udhr_bom_crlf.txt", "ar_udhr.txt", "zh_udhr.txt", "ru_udhr.txt", "es_udhr.txt"]
    static let names = ["English", "Français", "العربية", "中文", "Русский", "Español"]
    static let tags = ["en", "fr", "ar", "zh", "ru", "es"]

    static let batch: Result<Batch, any Error> = Result {
        let folder = try Fixtures.scratchFolder()
        let paths = letters.map { Fixtures.corpus.appendingPathComponent($0).path }
        let result = try ToolRunner.run(Fixtures.petition, ["batch"] + paths + [
            "--signatories", Fixtures.exampleSignatories, "--layout", "press-kit", "-o", folder.path, "--combined", folder.appendingPathComponent("all.pdf").path,
        ], environment: ["SOURCE_DATE_EPOCH": "0"])
        return Batch(folder: folder, status: result.status, errors: result.errors)
    }

    /// An outline entry with the entries nested under it.
    struct Entry: Equatable {
        var title: String
        var page: Int
        var kids: [Entry]
    }

    static func outline(_ pdf: String) throws -> [Entry] {
        func entries(_ items: [[String: Any]]) -> [Entry] {
            items.map { Entry(title: $0["title"] as? String ?? "", page: $0["destpageposfrom1"] as? Int ?? 0,
                              kids: entries($0["kids"] as? [[String: Any]] ?? [])) }
        }
        return entries(try PDFTools.qpdfJSON(pdf)["outlines"] as? [[String: Any]] ?? [])
    }

    static func pageCount(_ pdf: String) throws -> Int {
        let info = try ToolRunner.run("pdfinfo", [pdf]).output
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }

    /// Each translation's first page in the combined PDF and its page count, from its own PDF.
    static func sections() throws -> [(first: Int, count: Int)] {
        let batch = try batch.get()
        var first = 1
        return try letters.map { letter in
            let count = try pageCount(batch.single(letter))
            defer { first += count }
            return (first, count)
        }
    }

    @Test func theBatchSucceedsAndSaysWhatTheCombinedPDFHolds() throws {
        let batch = try Self.batch.get()
        #expect(batch.status == 0, "\(batch.errors)")
        let total = try Self.sections().map(\.count).reduce(0, +)
        #expect(batch.errors.contains("combined: \(batch.combined): \(total) pages, 6 translations: English (en) pages 1–"), "\(batch.errors)")
        #expect(try ToolRunner.run("qpdf", ["--check", batch.combined]).status == 0)
    }

    @Test func pageCountsAddUp() throws {
        let batch = try Self.batch.get()
        let sections = try Self.sections()
        #expect(sections.allSatisfy { $0.count >= 3 })
        #expect(try Self.pageCount(batch.combined) == sections.map(\.count).reduce(0, +))
    }

    @Test func eachTranslationHasATopLevelBookmarkInItsOwnLanguageOverItsOwnBookmarks() throws {
        let batch = try Self.batch.get()
        let outline = try Self.outline(batch.combined)
        #expect(outline.map(\.title) == Self.names)
        for ((letter, entry), section) in zip(zip(Self.letters, outline), try Self.sections()) {
            #expect(entry.page == section.first, "\(entry.title)")
            let own = try Self.outline(batch.single(letter))
            #expect(!own.isEmpty)
            let moved = own.map { Entry(title: $0.title, page: $0.page + section.first - 1, kids: []) }
            #expect(entry.kids.map { Entry(title: $0.title, page: $0.page, kids: []) } == moved, "\(entry.title)")
        }
    }

    @Test func pageLabelsArePrefixedWithTheLanguageTag() throws {
        let batch = try Self.batch.get()
        let labels = PDFTools.pageLabels(try PDFTools.qpdfJSON(batch.combined))
        for (tag, section) in zip(Self.tags, try Self.sections()) {
            let cover = try #require(labels[section.first - 1], "no label range starts at page \(section.first)")
            // The cover's label is the `document.cover` term of the translation's language.
            let coverWord = ["ar": "الغلاف", "en": "Cover", "es": "Portada", "fr": "Couverture", "ru": "Обложка", "zh": "封面"][tag]
            #expect(cover["/P"] as? String == "u:\(tag)-" + (coverWord ?? "?"), "\(tag): \(cover)")
            let letter = try #require(labels[section.first], "no label range starts at page \(section.first + 1)")
            #expect(letter["/P"] as? String == "u:\(tag)-", "\(tag): \(letter)")
            #expect(letter["/S"] as? String == "/D" && letter["/St"] as? Int == 1, "\(tag): \(letter)")
        }
    }

    @Test func eachTranslationsPagesExtractLikeItsOwnPDF() throws {
        let batch = try Self.batch.get()
        for (letter, section) in zip(Self.letters, try Self.sections()) {
            let pages = ["-f", String(section.first), "-l", String(section.first + section.count - 1)]
            let combined = try ToolRunner.run("pdftotext", ["-enc", "UTF-8"] + pages + [batch.combined, "-"]).output
            let own = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", batch.single(letter), "-"]).output
            #expect(combined == own, "\(letter)")
            #expect(combined.contains("Amina Okafor"), "\(letter)")
        }
    }

    /// The translations share one set of font programs, cut down to the characters of all the
    /// letters: every PDF finds its glyphs there, so no CJK face is also embedded from its whole
    /// file (a face listed twice), and the Chinese letter and the list's Chinese names copy out.
    @Test func everyTranslationEmbedsEachCJKFaceOnceFromTheSharedPrograms() throws {
        let batch = try Self.batch.get()
        for letter in Self.letters {
            let fonts = try ToolRunner.run("pdffonts", [batch.single(letter)]).output.split(separator: "\n")
                .filter { $0.contains("CJK") }.map { String($0.split(separator: " ")[0].dropFirst(7)) }
            #expect(!fonts.isEmpty, "\(letter): the list's Chinese names need a CJK face")
            #expect(Set(fonts).count == fonts.count, "\(letter): \(fonts)")
            let text = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", batch.single(letter), "-"]).output
            #expect(text.contains("陈") || text.contains("伟"), "\(letter)")
        }
        let chinese = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", batch.single("zh_udhr.txt"), "-"]).output
        #expect(chinese.contains("人人生而自由"))
    }

    @Test func aFailedTranslationIsLeftOutAndNamed() throws {
        let folder = try Fixtures.scratchFolder()
        let letters = folder.appendingPathComponent("letters")
        try FileManager.default.createDirectory(at: letters, withIntermediateDirectories: true)
        try Data("Title: Clean Water\n\nEvery school needs clean water.\n".utf8).write(to: letters.appendingPathComponent("letter.en.txt"))
        try Data([0x41, 0xFF, 0x0A]).write(to: letters.appendingPathComponent("letter.fr.txt"))
        try Data("Title: Вода\n\nКаждой школе нужна чистая вода.\n".utf8).write(to: letters.appendingPathComponent("letter.ru.txt"))
        let combined = folder.appendingPathComponent("all.pdf").path
        let batch = try ToolRunner.run(Fixtures.petition, ["batch", letters.path, "--signatories", Fixtures.exampleSignatories,
                                                           "-o", folder.appendingPathComponent("pdfs").path, "--combined", combined])
        #expect(batch.status == 1)
        #expect(batch.errors.contains("combined: left out (failed): letter.fr.txt"), "\(batch.errors)")
        #expect(try Self.outline(combined).map(\.title) == ["English", "Русский"])
        let text = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", combined, "-"]).output
        #expect(text.contains("Every school needs clean water."))
        #expect(text.contains("Каждой школе нужна чистая вода."))
    }

    @Test func theCombinedPDFCanGoToStandardOutput() throws {
        let folder = try Fixtures.scratchFolder()
        let letters = ["letter.en.txt": "Title: Water\n\nClean water.\n", "letter.he.txt": "Title: מים\n\nמים נקיים.\n"]
        for (name, text) in letters { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let batch = try ToolRunner.run(Fixtures.petition, ["batch", folder.path, "-o", folder.appendingPathComponent("pdfs").path, "--combined", "-"])
        #expect(batch.status == 0, "\(batch.errors)")
        #expect(batch.output.hasPrefix("%PDF-"))
        #expect(batch.errors.contains("combined: -: 2 pages, 2 translations: English (en) pages 1–1, עברית (he) pages 2–2"), "\(batch.errors)")
    }

    @Test func theOptionIsDocumented() throws {
        let help = try ToolRunner.run(Fixtures.petition, ["batch", "--help"])
        #expect(help.output.contains("--combined <file.pdf>"), "\(help.output)")
        #expect(help.output.contains("top-level bookmark per translation"), "\(help.output)")
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("--combined"))
    }
}
