import Foundation
import Testing

/// The words the program adds — the list heading, the signature pages' header and footer, the
/// total, a group heading continued into the next column — in the letter's language, read back
/// from the PDF. Each letter (the corpus UDHR translation, or a short Japanese letter) is rendered
/// with 150 signatories in two groups, the first long enough to run into a second column.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.corpus.path), "the shared letter corpus is not on this machine"))
struct LocalisedFurnitureTests {
    struct Expected {
        var language: String
        var heading: String
        var footer: String
        var total: String
        var continued: String
        /// Right-to-left text, read back word by word (c-libraries.md, trap 10).
        var rightToLeft = false
    }

    static let cases: [Expected] = [
        Expected(language: "ar", heading: "الموقّعون (150)", footer: "التوقيعات 1–", total: "المجموع: 150 توقيعًا",
                 continued: "Aland (تتمة)", rightToLeft: true),
        Expected(language: "fa", heading: "امضاکنندگان (150)", footer: "امضاهای 1–", total: "مجموع: 150 امضا",
                 continued: "Aland (ادامه)", rightToLeft: true),
        Expected(language: "he", heading: "החותמים (150)", footer: "חתימות 1–", total: "סה״כ: 150 חתימות",
                 continued: "Aland (המשך)", rightToLeft: true),
        Expected(language: "zh", heading: "联署人（150）", footer: "签名 1–", total: "合计：150 个签名", continued: "Aland（续）"),
        Expected(language: "ja", heading: "署名者（150）", footer: "署名 1–", total: "合計：150筆", continued: "Aland（続き）"),
        Expected(language: "ru", heading: "Подписавшие (150)", footer: "Подписи 1–", total: "Всего: 150 подписей",
                 continued: "Aland (продолжение)"),
        Expected(language: "hi", heading: "हस्ताक्षरकर्ता (150)", footer: "हस्ताक्षर 1–", total: "कुल: 150 हस्ताक्षर",
                 continued: "Aland (जारी)"),
    ]

    /// 120 signatories in Aland (more than a column holds) and 30 in Borduria.
    static let signatories: Result<URL, any Error> = Result {
        let folder = try Fixtures.scratchFolder()
        let rows = (1...150).map { "Person \(String(format: "%03d", $0)),\($0 <= 120 ? "Aland" : "Borduria")" }
        let file = folder.appendingPathComponent("people.csv")
        try (["name,country"] + rows).joined(separator: "\n").appending("\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func render(_ language: String) throws -> (pdf: String, errors: String) {
        let folder = try Fixtures.scratchFolder()
        var letter = Fixtures.corpus.appendingPathComponent("\(language)_udhr.txt")
        if language == "ja" {
            letter = folder.appendingPathComponent("ja.txt")
            try "Title: 人権の尊重を求める公開書簡\nLanguage: ja\n\nすべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。\n"
                .write(to: letter, atomically: true, encoding: .utf8)
        }
        let pdf = folder.appendingPathComponent("\(language).pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", letter.path, "--signatories", try signatories.get().path,
                                                            "--group-by", "country", "-o", pdf])
        #expect(result.status == 0, "\(result.errors)")
        return (pdf, result.errors)
    }

    /// The words of `text` without the punctuation a reader may move or mirror around them.
    static func words(_ text: String) -> Set<String> {
        let punctuation = CharacterSet(charactersIn: "():：（）,،")
        return Set(text.components(separatedBy: .whitespacesAndNewlines).flatMap { $0.components(separatedBy: punctuation) }
            .filter { !$0.isEmpty })
    }

    @Test(arguments: cases)
    func theFurnitureIsInTheLettersLanguage(_ expected: Expected) throws {
        let (pdf, errors) = try Self.render(expected.language)
        #expect(!errors.contains("terms"), "\(errors)")
        let furniture = [expected.heading, expected.footer, expected.total, expected.continued]
        if expected.rightToLeft {
            // mutool reads each right-to-left word whole, marks included, and the line in logical
            // order; a space beside a number may go missing ("توقيعًا150المجموع"), so each word is
            // looked for on its own.
            let text = try ToolRunner.run("mutool", ["draw", "-F", "txt", "-o", "-", pdf]).output
            for phrase in furniture {
                let missing = Self.words(phrase).filter { !text.contains($0) && !$0.hasSuffix("–") }
                #expect(missing.isEmpty, "\(expected.language): \(missing) of “\(phrase)” not read back")
            }
            // The first page's entry range, "1–44", read in logical order.
            #expect(text.contains(try Regex("(^|[^0-9])1–[0-9]")), "\(expected.language): the footer's entry range")
        } else {
            // pdftotext reads left-to-right lines in order; CJK text may come back with line breaks or spaces inside.
            let text = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).output
            let squeezed = text.filter { !$0.isWhitespace }
            for phrase in furniture {
                #expect(squeezed.contains(phrase.filter { !$0.isWhitespace }), "\(expected.language): “\(phrase)” not read back")
            }
        }
        let text = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).output
        for english in ["Signatories", "Signatures", "Total", "continued", "page"] {
            #expect(!text.contains(english), "\(expected.language): English “\(english)” on the page")
        }
    }
}

/// What the terms files change beyond the layout: the anonymous preset's name in each
/// translation of a batch, and the warning for a language without a terms file.
struct TermsCommandLineTests {
    @Test func eachTranslationOfABatchNamesAnonymousSignatoriesInItsLanguage() throws {
        let folder = try Fixtures.scratchFolder()
        let letters = folder.appendingPathComponent("letters")
        try FileManager.default.createDirectory(at: letters, withIntermediateDirectories: true)
        try "Title: Clean Water\n\nEvery school needs clean water.\n".write(to: letters.appendingPathComponent("letter.en.txt"),
                                                                          atomically: true, encoding: .utf8)
        try "Title: Eau propre\nLanguage: fr\n\nChaque école a besoin d’eau propre.\n"
            .write(to: letters.appendingPathComponent("letter.fr.txt"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("pdfs")
        let batch = try ToolRunner.run(Fixtures.petition, ["batch", letters.path, "--signatories", Fixtures.exampleSignatories,
                                                           "--privacy", "anonymous", "-o", output.path])
        #expect(batch.status == 0, "\(batch.errors)")
        for (name, word, other) in [("letter.en.pdf", "Anonymous", "Anonyme"), ("letter.fr.pdf", "Anonyme", "Anonymous")] {
            let text = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", output.appendingPathComponent(name).path, "-"]).output
            #expect(text.components(separatedBy: word).count - 1 == 25, "\(name): \(text)")
            #expect(!text.contains(other), "\(name)")
        }
    }

    @Test func aLanguageWithoutTermsPrintsEnglishAndSaysWhichFilesItLookedFor() throws {
        let folder = try Fixtures.scratchFolder()
        let letter = folder.appendingPathComponent("letter.txt")
        try "Title: Pura akvo\nLanguage: eo-XX\n\nĈiu lernejo bezonas puran akvon.\n".write(to: letter, atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(Fixtures.petition, ["render", letter.path, "--signatories", Fixtures.exampleSignatories,
                                                            "-o", folder.appendingPathComponent("eo.pdf").path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("warning: no terms for 'eo-XX'") && result.errors.contains("eo-XX.toml, eo.toml"),
                "\(result.errors)")
    }
}

extension LocalisedFurnitureTests.Expected: CustomTestStringConvertible {
    var testDescription: String { language }
}
