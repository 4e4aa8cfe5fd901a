import Foundation
import PetitionDocument
import Testing

/// What three PDF readers copy out of our PDFs: poppler (`pdftotext`), pdfium (Chrome and Edge)
/// and mupdf must each give back the words of every corpus letter in the letter's order, and
/// the names and detail lines of a list in mixed directions the same way, with no bidi control
/// characters in the text. `scripts/reader-agreement` prints the same measure for every letter.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.corpus.path), "the shared letter corpus is not on this machine"))
struct ReaderAgreementTests {
    /// Every corpus letter rendered alone (no list: poppler decides a page's direction by the
    /// majority of its letters, so a right-to-left letter sharing its page with a list of Latin
    /// names is read as a left-to-right page, TextOutputDev.cc `TextPage::coalesce`).
    static let batch: Result<URL, any Error> = Result {
        let folder = try Fixtures.scratchFolder()
        let result = try ToolRunner.run(Fixtures.petition, ["batch", Fixtures.corpus.path, "-o", folder.path],
                                        environment: ["SOURCE_DATE_EPOCH": "0"])
        guard result.status == 0 else { throw PDFReader.ReaderFailure(reader: .poppler, pdf: folder.path, message: result.errors) }
        return folder
    }

    static let rightToLeft: Set<String> = ["ar_udhr.txt", "fa_udhr.txt", "he_udhr.txt"]

    /// The share of words each reader must give back in order: 97% for right-to-left letters and
    /// 99% for the others (issue 11), lower where a reader's own code is the limit:
    /// - pdfium skips every text object narrower than 0.01 (`ProcessTextObject`: `if
    ///   (fabs(pTextObj->GetRect().Width()) < kSizeEpsilon) return;`). cairo puts a space (and a
    ///   ZERO WIDTH NON-JOINER) in a font subset of its own, so in Arabic, Persian and Devanagari
    ///   text each space is such an object, and pdfium guesses spaces from glyph gaps instead
    ///   (`GenerateSpace`); Persian compounds lose their ZWNJ and a mark drawn over a letter with
    ///   its own vertical offset becomes an object sorted by x before its letter.
    /// - mupdf 1.21 ignores ActualText, so Devanagari clusters drawn in another order than they
    ///   are written (ि before its consonant) come out in drawing order.
    /// - the eight-script letter: poppler takes its page as left to right and orders the
    ///   sections of each right-to-left line from the left (`reorderText`), and the Devanagari
    ///   paragraph is limited as above.
    static let floors: [String: [PDFReader: Double]] = [
        "ar_udhr.txt": [.pdfium: 0.95],
        "fa_udhr.txt": [.pdfium: 0.95],
        "hi_udhr.txt": [.pdfium: 0.74, .mupdf: 0.69],
        "mixed_article1.txt": [.poppler: 0.91, .pdfium: 0.91, .mupdf: 0.96],
    ]

    static func floor(_ letter: String, _ reader: PDFReader) -> Double {
        floors[letter]?[reader] ?? (rightToLeft.contains(letter) ? 0.97 : 0.99)
    }

    @Test(arguments: CorpusRenderTests.letters)
    func everyReaderReadsTheLetterInOrder(letter: String) throws {
        let expected = try String(contentsOf: Fixtures.corpus.appendingPathComponent(letter), encoding: .utf8)
        let pdf = try Self.batch.get().appendingPathComponent((letter as NSString).deletingPathExtension + ".pdf").path
        for reader in PDFReader.allCases {
            let share = LetterRuns.inOrderShare(expected, in: try reader.text(of: pdf))
            #expect(share >= Self.floor(letter, reader), "\(reader) read \(Int(share * 1000)) ‰ of \(letter) in order")
        }
    }

    /// Names and detail lines in Hebrew, Arabic, Latin, Greek and Cyrillic, some mixing directions
    /// within one line (`Amnesty, תל אביב`, `שרה Dupont`), after a Hebrew letter: each reader's
    /// text holds no bidi control of ours, and holds each entry's line as its words in logical
    /// order, one after the other (where in the page the line comes is the reader's column
    /// analysis, not ours). mupdf reads every line so. pdfium takes a line's direction from its
    /// leftmost strong letter (`CFX_BidiString` in `CloseTempLine`), so a right-to-left name
    /// ending in a Latin word, or a left-to-right line ending in Hebrew, comes out with its two
    /// parts swapped; poppler does the same with the right-to-left lines of a page whose letters
    /// are mostly Latin (`primaryLR` in `TextPage::coalesce`, `reorderText`).
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
        let render = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.corpus.appendingPathComponent("he_udhr.txt").path,
                                                            "--signatories", list.path, "--order", "as-given", "--keep-duplicates",
                                                            "-o", pdf, "--quiet"])
        #expect(render.status == 0, "\(render.errors)")
        let floors: [PDFReader: Double] = [.poppler: 0.9, .pdfium: 0.87, .mupdf: 1]
        for reader in PDFReader.allCases {
            let text = try reader.text(of: pdf)
            // poppler marks the right-to-left stretches of a left-to-right page itself, with
            // RLE/LRE ... PDF (U+202A-U+202C, `reorderText`); every other control would be ours.
            let ownMarks: Set<UInt32> = reader == .poppler ? [0x202A, 0x202B, 0x202C] : []
            let controls = text.unicodeScalars.filter { BidiControl.isBidiFormatting($0) && !ownMarks.contains($0.value) }
            #expect(controls.isEmpty, "\(reader) copied \(controls.count) bidi controls, such as \(controls.prefix(3).map { String($0.value, radix: 16) })")
            let copied = " " + LetterRuns.comparableWords(text).joined(separator: " ") + " "
            let missed = lines.filter { !copied.contains(" " + LetterRuns.comparableWords($0).joined(separator: " ") + " ") }
            let share = 1 - Double(missed.count) / Double(lines.count)
            #expect(share >= floors[reader, default: 1], "\(reader) read \(Int(share * 1000)) ‰ of the lines in order; not \(Set(missed))")
        }
    }
}

/// The characters the PDF's text must never hold (Typography's `BidiFormatting`, restated here
/// so the end-to-end tests check the output, not the code that makes it).
enum BidiControl {
    static func isBidiFormatting(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
