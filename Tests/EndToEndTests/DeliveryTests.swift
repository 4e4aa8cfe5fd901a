import Foundation
import Testing

/// `--recipients` end to end: the six UN-language letters delivered to recipients of 5,000
/// signatories split by country, hostile group names included, read back with poppler.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.corpus.path), "the shared letter corpus is not on this machine"))
struct DeliveryTests {
    static let letters = ["en_udhr.txt", "fr_udhr_bom_crlf.txt", "es_udhr.txt", "ru_udhr.txt", "ar_udhr.txt", "zh_udhr.txt"]
    /// Countries as a list may spell them, hostile ones included: a path, two names equal but
    /// for a slash, a bidi override that would disguise an extension (the reader removes it, from
    /// the list and the recipients file alike).
    static let countries = ["France", "中国", "مصر", "Россия", "España", "../etc/passwd", "A/B", "a_b", "evil\u{202E}fdp.exe", "Kenya"]

    /// 5,000 people, 500 per country, in country order of `countries` by index.
    static func signatories() -> String {
        var rows = ["name,organisation,country"]
        for index in 0..<5_000 {
            let country = countries[index % countries.count]
            rows.append("Person\(index) Surname,Group \(index % 13),\"\(country)\"")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    static let recipients = """
        group,to,language,salutation,address
        France,"S.E. l'Ambassadeur;Mission permanente de la France",fr,"Monsieur l'Ambassadeur,","245 East 47th Street;New York, NY 10017"
        中国,中华人民共和国常驻联合国代表团,zh,尊敬的大使阁下：,
        مصر,البعثة الدائمة لجمهورية مصر العربية,ar,,
        Россия,Постоянное представительство Российской Федерации,ru,,
        España,Misión Permanente de España,es,,
        ../etc/passwd,The Path Office,en,,
        A/B,Office A slash B,,,
        a_b,Office a underscore b,de,,
        evil\u{202E}fdp.exe,Office Evil,en,,
        Atlantis,Nobody at all,en,,

        """

    struct Delivery {
        var folder: URL
        var status: Int32
        var errors: String
        var index: [[String]]
        func text(_ file: String) throws -> String {
            try ToolRunner.run("pdftotext", ["-enc", "UTF-8", folder.appendingPathComponent(file).path, "-"]).output
        }
    }

    static let delivery: Result<Delivery, any Error> = Result {
        let folder = try Fixtures.scratchFolder()
        let names = folder.appendingPathComponent("people.csv")
        try Data(signatories().utf8).write(to: names)
        let recipientsFile = folder.appendingPathComponent("recipients.csv")
        try Data(recipients.utf8).write(to: recipientsFile)
        let out = folder.appendingPathComponent("out")
        let result = try ToolRunner.run(Fixtures.petition, ["batch"] + letters.map { Fixtures.corpus.appendingPathComponent($0).path } + [
            "--signatories", names.path, "--recipients", recipientsFile.path, "--split-by", "country", "-o", out.path,
        ], environment: ["SOURCE_DATE_EPOCH": "0"])
        let index = (try? String(contentsOf: out.appendingPathComponent("delivery.csv"), encoding: .utf8)) ?? ""
        return Delivery(folder: out, status: result.status, errors: result.errors,
                        index: index.split(separator: "\n").map { Self.cells(String($0)) })
    }

    /// The cells of a CSV line of the index (quoted cells may hold commas).
    static func cells(_ line: String) -> [String] {
        var cells = [""], quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() } else if character == ",", !quoted { cells.append("") } else { cells[cells.count - 1].append(character) }
        }
        return cells
    }

    @Test func writesOneSafelyNamedPDFPerRecipientAndAnIndex() throws {
        let delivery = try Self.delivery.get()
        #expect(delivery.status == 0, "\(delivery.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: delivery.folder.path).sorted()
        #expect(Set(files) == ["France.pdf", "中国.pdf", "مصر.pdf", "Россия.pdf", "España.pdf", "_._etc_passwd.pdf", "A_B.pdf",
                               "a_b-2.pdf", "evilfdp.exe.pdf", "delivery.csv"], "\(files)")
        #expect(delivery.index.first == ["recipient", "group", "file", "language", "signatures", "digest"])
        #expect(delivery.index.count == 1 + 9)
        let france = try #require(delivery.index.first { $0[1] == "France" })
        #expect(france[0] == "S.E. l'Ambassadeur; Mission permanente de la France" && france[2] == "France.pdf" && france[3] == "fr"
                && france[4] == "500" && france[5].count == 64)
        #expect(delivery.index.map { $0[3] }.dropFirst() == ["fr", "zh", "ar", "ru", "es", "en", "en", "en", "en"])
    }

    @Test func eachCopyIsInItsLanguageAddressedToItsRecipientWithOnlyItsGroup() throws {
        let delivery = try Self.delivery.get()
        let expectations: [(file: String, title: String, to: String, country: Int)] = [
            ("France.pdf", "Déclaration universelle", "Mission permanente de la France", 0),
            ("中国.pdf", "世界人权宣言", "中华人民共和国常驻联合国代表团", 1),
            ("España.pdf", "Declaración Universal", "Misión Permanente de España", 4),
            ("Россия.pdf", "Всеобщая декларация", "Постоянное представительство", 3),
        ]
        for expected in expectations {
            let text = try delivery.text(expected.file)
            #expect(text.contains(expected.title), "\(expected.file) is in its language")
            #expect(text.contains(expected.to), "\(expected.file) is addressed to its recipient")
            #expect(text.contains("Total: 500 signatures") || text.contains("500"), "\(expected.file) has its group's total")
            let words = Set(Fixtures.words(text))
            let own = (0..<5_000).filter { $0 % Self.countries.count == expected.country }
            #expect(own.allSatisfy { words.contains("Person\($0)") }, "\(expected.file) holds every signatory of its group")
            #expect(!words.contains("Person\(expected.country + 1)"), "\(expected.file) holds no one of another group")
            let row = try #require(delivery.index.first { $0[2] == expected.file })
            let flat = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\n", with: "")
            #expect(flat.contains(row[5]), "\(expected.file) prints its group's digest")
        }
        let france = try delivery.text("France.pdf")
        #expect(france.contains("245 East 47th Street") && france.contains("Monsieur l'Ambassadeur,"))
    }

    @Test func warnsAboutMissingTranslationsGroupsAndRecipients() throws {
        let errors = try Self.delivery.get().errors
        #expect(errors.contains("recipients.csv:9:1: warning: no translation in 'de' for group 'a_b'"), "\(errors)")
        #expect(errors.contains("recipients.csv:11:1: warning: recipient 'Nobody at all' names group 'Atlantis'"), "\(errors)")
        #expect(errors.contains("warning: 1 country group has no recipient, so 500 signatures are in no delivery copy: Kenya (500)"), "\(errors)")
    }

    /// `petition render` of the example letter split by country for the recipients `recipientsCSV`,
    /// into `output` (relative to a new scratch folder); the folder, the recipients file and the run.
    private func renderDelivery(signatories signatoriesCSV: String, recipients recipientsCSV: String,
                                output: String) throws -> (folder: URL, recipients: URL, result: ToolResult) {
        let folder = try Fixtures.scratchFolder()
        let names = folder.appendingPathComponent("people.csv")
        try Data(signatoriesCSV.utf8).write(to: names)
        let recipients = folder.appendingPathComponent("r.csv")
        try Data(recipientsCSV.utf8).write(to: recipients)
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories", names.path,
                                                            "--recipients", recipients.path, "--split-by", "country",
                                                            "-o", folder.appendingPathComponent(output).path])
        return (folder, recipients, result)
    }

    @Test func aBadRecipientsFileStopsWithItsLineAndColumn() throws {
        let (folder, recipients, result) = try renderDelivery(signatories: "name,country\nAda,France\n",
                                                              recipients: "group,to,language\nFrance,Paris,français\n",
                                                              output: "out.pdf")
        #expect(result.status == 1)
        #expect(result.errors.contains("\(recipients.path):2:14: error: 'français' is not a BCP 47 language tag"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("delivery.csv").path))
    }

    /// The folder of `-o` does not exist yet: a delivery makes it.
    @Test func renderDeliversOneLetterWithTheOutputNameAsPrefix() throws {
        let (folder, _, result) = try renderDelivery(
            signatories: "name,country\nAda Lovelace,United Kingdom\nMarie Curie,France\n",
            recipients: "group,to,salutation\nUnited Kingdom,The Prime Minister,\"Dear Prime Minister,\"\nFrance,Le Président,\n",
            output: "new/water.pdf")
        #expect(result.status == 0, "\(result.errors)")
        let uk = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", folder.appendingPathComponent("new/water-United_Kingdom.pdf").path, "-"]).output
        #expect(uk.contains("The Prime Minister") && uk.contains("Ada Lovelace") && !uk.contains("Marie Curie"))
        #expect(!uk.contains("The Ministers of Education and Health"), "the recipient replaces the letter's To:")
        #expect(uk.contains("Dear Prime Minister,") && !uk.contains("Dear Ministers,"), "the salutation replaces the letter's own")
        let france = try ToolRunner.run("pdftotext", ["-enc", "UTF-8", folder.appendingPathComponent("new/water-France.pdf").path, "-"]).output
        #expect(france.contains("Le Président") && france.contains("Dear Ministers,"), "no salutation given: the letter keeps its own")
        let index = try String(contentsOf: folder.appendingPathComponent("new/delivery.csv"), encoding: .utf8)
        #expect(index.contains("The Prime Minister,United Kingdom,water-United_Kingdom.pdf,en,1,"))
    }
}
