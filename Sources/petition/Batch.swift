import ArgumentParser
import Foundation
import PetitionPrinter

/// `petition batch`: every translation of a letter with one signatory list, in parallel.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render several translations of a letter, one PDF each, in parallel.",
        discussion: """
            Give letter files or folders (every .txt file in a folder is a letter). Each letter \
            is set in its own language (its Language header, else a tag in its file name such as \
            letter.ar.txt or ar_letter.txt, else its script), with that language's direction, \
            hyphenation and fonts; all share the signatory list, so signature pages and totals \
            agree. A summary table goes to standard error. A failing translation does not stop the \
            others; the exit status is 1 when any failed, and the table names them.
            """)

    @Argument(help: ArgumentHelp("Letters, or folders of .txt letters.", valueName: "letter|folder"))
    var letters: [String]

    @Option(name: .long, help: ArgumentHelp("Signatories: a CSV with a header row or one name per line.", valueName: "file"))
    var signatories: String?

    @Option(name: .long, help: ArgumentHelp("A layout name from layouts/ or a layout file's path.", valueName: "name|file"))
    var layout: String = "classic-a4"

    @OptionGroup(title: "Signatory list")
    var list: ListArguments

    @Option(name: [.customShort("o"), .customLong("output-dir")], help: ArgumentHelp("Folder for the PDFs (default: beside each letter).", valueName: "folder"))
    var outputDirectory: String?

    @Option(name: .short, help: ArgumentHelp("Translations rendered at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "A translation with a character no font covers fails instead of warning.")
    var strictGlyphs = false

    @Flag(name: .long, help: "Print only the summary table and errors, not each translation's warnings.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("-j must be 1 or more") }
    }

    func run() throws {
        if let outputDirectory {
            try? FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        }
        let request = BatchRequest(letters: letters, signatories: signatories, layout: layout, outputDirectory: outputDirectory,
                                   strictGlyphs: strictGlyphs, jobs: jobs, list: list.options())
        let start = Date()
        let outcomes: [BatchOutcome]
        do {
            outcomes = try Renderer().renderBatch(request)
        } catch {
            StandardError.print(String(describing: error))
            throw ExitCode(1)
        }
        for outcome in outcomes {
            switch outcome.result {
            case .success(let result) where !quiet: result.warnings.forEach { StandardError.print($0.description) }
            case .failure(let error): StandardError.print(String(describing: error))
            default: break
            }
        }
        StandardError.print(BatchSummary.table(outcomes, wallSeconds: Date().timeIntervalSince(start)))
        if outcomes.contains(where: { !$0.succeeded }) { throw ExitCode(1) }
    }
}
