import Foundation
import Testing

/// A batch's translations, a split list's parts and a delivery's copies are rendered two at a
/// time (`-j`); what such a run writes, says and exits with must be what the same run says one
/// document after another (`-j 1`): the same files byte for byte, the same messages in the same
/// order, the same rejects reports, also when one document fails.
@Suite("Documents rendered at once, as one after another")
struct ParallelDocumentsTests {
    /// What one run of `petition` left: its exit status, its standard error with the output
    /// folder and the timings taken out, and every file it wrote, by name.
    struct Run: Equatable {
        var status: Int32
        var messages: [String]
        var files: [String: Data]
    }

    /// Runs `petition` with `arguments` (where `OUT` stands for a fresh output folder) and `-j
    /// jobs`, with a fixed creation date so that equal PDFs are equal bytes.
    static func run(_ arguments: [String], jobs: Int) throws -> Run {
        let folder = try Fixtures.scratchFolder().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try ToolRunner.run(Fixtures.petition, arguments.map { $0.replacingOccurrences(of: "OUT", with: folder.path) } + ["-j", String(jobs)],
                                        environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return Run(status: result.status, messages: messages(result.errors, folder: folder.path), files: files)
    }

    /// Standard error line by line, with the output folder written `OUT`, each time (`0.42s`) as
    /// `#s`, and runs of spaces (a table's padding, which follows the times' widths) as one.
    static func messages(_ errors: String, folder: String) -> [String] {
        errors.replacingOccurrences(of: folder, with: "OUT")
            .replacingOccurrences(of: #"[0-9]+\.[0-9]+s\b"#, with: "#s", options: .regularExpression)
            .replacingOccurrences(of: " +", with: " ", options: .regularExpression)
            .split(separator: "\n").map(String.init)
    }

    /// The example list with a duplicate row added (a rejects report beside every document) and
    /// a row nobody could have signed (a warning in every document).
    static func signatories() throws -> String {
        let folder = try Fixtures.scratchFolder()
        var csv = try String(contentsOfFile: Fixtures.exampleSignatories, encoding: .utf8)
        csv += "Amina Okafor,Parents for Healthy Schools,Lagos,Nigeria,2026-11-28 09:14\n,,Paris,France,2026-11-28 10:00\n"
        let path = folder.appendingPathComponent("signatories.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aBatchWritesAndSaysWhatItDoesOneTranslationAfterAnother() throws {
        let folder = try Fixtures.scratchFolder()
        // A letter that is not UTF-8 and one that is not there fail; the others go on.
        let broken = folder.appendingPathComponent("broken.fr.txt")
        try Data([0x54, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xFF, 0x0A]).write(to: broken)
        let letters = ["en_udhr.txt", "ar_udhr.txt"].map { Fixtures.corpus.appendingPathComponent($0).path }
            + [broken.path, folder.appendingPathComponent("missing.txt").path]
            + ["zh_udhr.txt", "ru_udhr.txt"].map { Fixtures.corpus.appendingPathComponent($0).path }
        let arguments = ["batch"] + letters + ["--signatories", try Self.signatories(), "-o", "OUT"]
        let oneAfterAnother = try Self.run(arguments, jobs: 1)
        #expect(oneAfterAnother.status == 1)
        #expect(oneAfterAnother.files.keys.sorted() == [
            "ar_udhr.pdf", "ar_udhr.rejects.csv", "en_udhr.pdf", "en_udhr.rejects.csv",
            "ru_udhr.pdf", "ru_udhr.rejects.csv", "zh_udhr.pdf", "zh_udhr.rejects.csv",
        ])
        let table = oneAfterAnother.messages.drop { !$0.hasPrefix("letter ") }
        #expect(table.map { $0.split(separator: " ").first.map(String.init) ?? "" } == [
            "letter", "en_udhr.txt", "ar_udhr.txt", "broken.fr.txt", "missing.txt", "zh_udhr.txt", "ru_udhr.txt", "4",
        ], "\(oneAfterAnother.messages)")
        #expect(oneAfterAnother.messages.contains { $0.contains("broken.fr.txt:1:8: error:") }, "\(oneAfterAnother.messages)")
        #expect(oneAfterAnother.messages.contains { $0.contains("missing.txt") && $0.contains("error:") }, "\(oneAfterAnother.messages)")
        #expect(oneAfterAnother.messages.filter { $0.contains("signatories.csv:28:1: warning: row not printed") }.count == 4,
                "a warning per translation: \(oneAfterAnother.messages)")
        for jobs in [2, 3] {
            let atOnce = try Self.run(arguments, jobs: jobs)
            #expect(atOnce.status == oneAfterAnother.status)
            #expect(atOnce.messages == oneAfterAnother.messages, "-j \(jobs)")
            #expect(atOnce.files.keys.sorted() == oneAfterAnother.files.keys.sorted())
            for (name, bytes) in oneAfterAnother.files {
                #expect(atOnce.files[name] == bytes, "\(name) differs with -j \(jobs)")
            }
        }
    }

    @Test func aSplitListWritesAndSaysWhatItDoesOnePartAfterAnother() throws {
        let arguments = ["render", Fixtures.corpus.appendingPathComponent("ru_udhr.txt").path, "--signatories", try Self.signatories(),
                         "--split-every", "6", "-o", "OUT/appeal.pdf"]
        let oneAfterAnother = try Self.run(arguments, jobs: 1)
        #expect(oneAfterAnother.status == 0)
        #expect(oneAfterAnother.files.keys.sorted() == [
            "appeal-1-6.pdf", "appeal-13-18.pdf", "appeal-19-24.pdf", "appeal-25-25.pdf", "appeal-7-12.pdf", "appeal.rejects.csv",
        ], "\(oneAfterAnother.messages)")
        let parts = oneAfterAnother.messages.filter { $0.hasPrefix("OUT/") }
        #expect(parts == ["OUT/appeal-1-6.pdf: 1 page", "OUT/appeal-7-12.pdf: 1 page", "OUT/appeal-13-18.pdf: 1 page",
                          "OUT/appeal-19-24.pdf: 1 page", "OUT/appeal-25-25.pdf: 1 page"], "\(oneAfterAnother.messages)")
        let atOnce = try Self.run(arguments, jobs: 2)
        #expect(atOnce == oneAfterAnother)
    }

    @Test func aDeliveryWritesAndSaysWhatItDoesOneCopyAfterAnother() throws {
        let folder = try Fixtures.scratchFolder()
        let recipients = folder.appendingPathComponent("recipients.csv")
        try Data("""
            group,to,language
            France,Ministère de l'Éducation nationale,fr
            Nigeria,Federal Ministry of Education,en
            India,Ministry of Education,en
            Morocco,وزارة التربية الوطنية,ar

            """.utf8).write(to: recipients)
        let letters = ["en_udhr.txt", "fr_udhr_bom_crlf.txt", "ar_udhr.txt"].map { Fixtures.corpus.appendingPathComponent($0).path }
        let arguments = ["batch"] + letters + ["--signatories", try Self.signatories(), "--recipients", recipients.path,
                                               "--split-by", "country", "-o", "OUT"]
        let oneAfterAnother = try Self.run(arguments, jobs: 1)
        #expect(oneAfterAnother.files.keys.contains("delivery.csv"), "\(oneAfterAnother.messages)")
        #expect(oneAfterAnother.files.keys.filter { $0.hasSuffix(".pdf") }.count == 4, "\(oneAfterAnother.messages)")
        let atOnce = try Self.run(arguments, jobs: 2)
        #expect(atOnce == oneAfterAnother)
    }
}
