import Foundation
import Testing

/// `--signatories` given more than once, or naming a folder, merges the lists; every other
/// option that takes one value refuses to be given twice, so no value is ever dropped silently.
@Suite("Several signatory lists, and options given twice")
struct SeveralListsTests {
    static let first = "name,city\nAda Lovelace,London\nGrace Hopper,New York\n,\n"
    static let second = "name,city\nada lovelace,London\nAlan Turing,Manchester\n"

    /// A scratch folder holding `lists/a.csv` and `lists/b.csv`.
    func folderWithLists() throws -> URL {
        let folder = try Fixtures.scratchFolder()
        let lists = folder.appendingPathComponent("lists")
        try FileManager.default.createDirectory(at: lists, withIntermediateDirectories: true)
        try Data(Self.first.utf8).write(to: lists.appendingPathComponent("a.csv"))
        try Data(Self.second.utf8).write(to: lists.appendingPathComponent("b.csv"))
        return folder
    }

    @Test func twoListsMergeWithPerFileCountsAndDuplicatesAcrossFiles() throws {
        let folder = try folderWithLists()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (a, b) = (folder.appendingPathComponent("lists/a.csv").path, folder.appendingPathComponent("lists/b.csv").path)
        let pdf = folder.appendingPathComponent("out.pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories", a, "--signatories", b, "-o", pdf])
        #expect(result.status == 0, "\(result.errors)")
        let text = try ToolRunner.run("pdftotext", [pdf, "-"]).output
        for name in ["Ada Lovelace", "Grace Hopper", "Alan Turing"] { #expect(text.contains(name), "\(name) is printed") }
        #expect(!text.contains("ada lovelace"), "the duplicate from the second file is left out")
        #expect(result.errors.contains("5 rows: 3 printed, 1 duplicate, 1 rejected"))
        #expect(result.errors.contains("  \(a): 3 rows: 2 printed, 1 rejected"))
        #expect(result.errors.contains("  \(b): 2 rows: 1 printed, 1 duplicate"))
        #expect(result.errors.contains("\(a):4:1: warning: row not printed: empty"), "the warning names the row's own file")
        let rejects = try String(contentsOfFile: folder.appendingPathComponent("out.rejects.csv").path, encoding: .utf8)
        #expect(rejects == "file,line,reason,name\n\(a),4,empty,\n\(b),2,duplicate of \(a):2,ada lovelace\n")
    }

    @Test func aFolderOfListsMergesItsFilesByName() throws {
        let folder = try folderWithLists()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lists = folder.appendingPathComponent("lists").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories", lists,
                                                            "-o", folder.appendingPathComponent("out.pdf").path, "--rejects", folder.appendingPathComponent("r.csv").path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("5 rows: 3 printed, 1 duplicate, 1 rejected"))
        #expect(result.errors.contains("  \(lists)/a.csv: 3 rows"))
        #expect(result.errors.contains("  \(lists)/b.csv: 2 rows"))
    }

    @Test func theSameListTwiceIsAnErrorNotEveryRowADuplicate() throws {
        let folder = try folderWithLists()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("lists/a.csv").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories", a,
                                                            "--signatories", folder.appendingPathComponent("lists").path,
                                                            "-o", folder.appendingPathComponent("out.pdf").path])
        #expect(result.status == 1)
        #expect(result.errors.contains("is given twice as a signatory list"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.pdf").path))
    }

    @Test func batchAndFontsCheckMergeListsToo() throws {
        let folder = try folderWithLists()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (a, b) = (folder.appendingPathComponent("lists/a.csv").path, folder.appendingPathComponent("lists/b.csv").path)
        let letter = folder.appendingPathComponent("letter.en.txt")
        try Data("Title: Clean water\n\nWe ask for clean water.\n".utf8).write(to: letter)
        let batch = try ToolRunner.run(Fixtures.petition, ["batch", letter.path, "--signatories", a, "--signatories", b,
                                                           "-o", folder.appendingPathComponent("pdfs").path])
        #expect(batch.status == 0, "\(batch.errors)")
        let text = try ToolRunner.run("pdftotext", [folder.appendingPathComponent("pdfs/letter.en.pdf").path, "-"]).output
        #expect(text.contains("Grace Hopper") && text.contains("Alan Turing"))
        try Data("name\nПётр \u{10570}\n".utf8).write(to: URL(fileURLWithPath: b))
        let check = try ToolRunner.run(Fixtures.petition, ["fonts", "check", letter.path, "--signatories", a, "--signatories", b])
        #expect(check.status == 1)
        #expect(check.output.contains("\(b):2:"), "the uncovered character is placed in the second file")
    }

    /// Every option of every command that takes one value, read from the tool's own description,
    /// given twice: each is refused, naming the option. Options that take several values (such
    /// as --signatories) accumulate instead.
    @Test func everySingleValuedOptionOfEveryCommandGivenTwiceIsRefused() throws {
        let dump = try ToolRunner.run(Fixtures.petition, ["--experimental-dump-help"])
        let tool = try JSONDecoder().decode(Tool.self, from: Data(dump.output.utf8))
        var checked: [String] = []
        var repeating: [String] = []
        func visit(_ command: Command, path: [String]) throws {
            for argument in command.arguments ?? [] where argument.kind == "option" {
                guard let name = argument.names?.first(where: { $0.kind == "long" }) ?? argument.names?.first else { continue }
                let spelling = (name.kind == "short" ? "-" : "--") + name.name
                if argument.isRepeating { repeating.append((path + [spelling]).joined(separator: " ")); continue }
                let result = try ToolRunner.run(Fixtures.petition, path + [spelling, "1", spelling, "2"])
                #expect(result.status != 0, "\(path.joined(separator: " ")) \(spelling) given twice was accepted")
                #expect(result.errors.contains("\(spelling) is given more than once"), "\(path) \(spelling): \(result.errors)")
                checked.append((path + [spelling]).joined(separator: " "))
            }
            for sub in command.subcommands ?? [] { try visit(sub, path: path + [sub.commandName]) }
        }
        try visit(tool.command, path: [])
        #expect(checked.contains("render --layout") && checked.contains("render --output") && checked.contains("batch --combined"))
        #expect(checked.contains("preview --png-resolution") && checked.contains("fonts check --lang") && checked.contains("render --privacy"))
        #expect(Set(repeating) == ["render --signatories", "preview --signatories", "batch --signatories", "fonts check --signatories"])
        // A short spelling and a long one of the same option are one option.
        let mixed = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "-o", "a.pdf", "--output", "b.pdf"])
        #expect(mixed.status != 0 && mixed.errors.contains("given more than once"))
    }

    private struct Tool: Decodable { var command: Command }
    private struct Command: Decodable {
        var commandName: String
        var subcommands: [Command]?
        var arguments: [Argument]?
    }
    private struct Argument: Decodable {
        var kind: String
        var isRepeating: Bool
        var names: [Name]?
    }
    private struct Name: Decodable {
        var kind: String
        var name: String
    }
}
