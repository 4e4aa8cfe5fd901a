import Foundation
import Testing

/// Fully pointed Hebrew and fully vocalised Arabic, where every letter carries marks: each reader
/// gives the words back in order, marks and all for Hebrew (Arabic harakat are left out of the
/// comparison, as everywhere). The renderer draws a right-to-left run's marks on the baseline
/// just left of their letter (`BaselineMarks` in CairoRenderer); before it did, poppler and pdfium
/// read none of these Hebrew words in order and pdfium 5% of the Arabic ones (now 100/95/100 and
/// 100/42/95 for poppler/pdfium/mupdf).
@Suite struct PointedTextTests {
    static let hebrew = "כָּל בְּנֵי הָאָדָם נוֹלְדוּ בְּנֵי חוֹרִין וְשָׁוִים בְּעֶרְכָּם וּבִזְכֻיּוֹתֵיהֶם. כֻּלָּם חוֹנְנוּ בַּתְּבוּנָה "
        + "וּבְמַצְפּוּן, לְפִיכָךְ חוֹבָה עֲלֵיהֶם לִנְהֹג אִישׁ בְּרֵעֵהוּ בְּרוּחַ שֶׁל אַחֲוָה."
    static let arabic = "يُولَدُ جَمِيعُ النَّاسِ أَحْرَارًا مُتَسَاوِينَ فِي الْكَرَامَةِ وَالْحُقُوقِ. وَقَدْ وُهِبُوا عَقْلًا وَضَمِيرًا "
        + "وَعَلَيْهِمْ أَنْ يُعَامِلَ بَعْضُهُمْ بَعْضًا بِرُوحِ الْإِخَاءِ."

    /// The Arabic floors are the readers' own limits: Noto Naskh Arabic draws أ and إ as alef and a
    /// hamza mark in one cluster, which stays as shaped (drawn through the font of moved marks,
    /// the alef's glyph would read as U+FFFD in mupdf 1.21), so pdfium still starts a stretch of
    /// the line at each raised hamza; mupdf 1.21 reads إ's reordered glyphs as U+FFFD.
    @Test(arguments: [("he", hebrew, [PDFReader.poppler: 1.0, .pdfium: 0.95, .mupdf: 1.0]),
                      ("ar", arabic, [PDFReader.poppler: 1.0, .pdfium: 0.42, .mupdf: 0.94])])
    func everyReaderReadsPointedWordsInOrder(language: String, paragraph: String, floors: [PDFReader: Double]) throws {
        let folder = try Fixtures.scratchFolder()
        let letter = folder.appendingPathComponent("letter.txt")
        try Data("Language: \(language)\n\n\(paragraph)\n".utf8).write(to: letter)
        let pdf = folder.appendingPathComponent("letter.pdf").path
        let render = try ToolRunner.run(Fixtures.petition, ["render", letter.path, "-o", pdf, "--quiet"])
        #expect(render.status == 0, "\(render.errors)")
        for reader in PDFReader.allCases {
            let share = LetterRuns.inOrderShare(paragraph, in: try reader.text(of: pdf))
            #expect(share >= floors[reader, default: 1], "\(reader) read \(Int(share * 1000)) ‰ of the \(language) words in order")
        }
    }
}
