import ArgumentParser
import Foundation
import PetitionPrinter
import Diagnostics

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

            --combined FILE.pdf writes, besides the PDF of each translation, one PDF with every \
            translation that rendered, in the order given (a folder's letters by name): a \
            top-level bookmark per translation in its language's own name (English, Français, \
            العربية, 中文...) with that translation's bookmarks under it, and page labels \
            prefixed with its language tag (en-1, fr-Cover). Each translation keeps its \
            direction, fonts and hyphenation. It is written when all have finished, whole or \
            not at all; a failed translation is left out (the last lines say which), and the \
            exit status is then 1. Translations that finish before their turn wait in memory, \
            up to 256 pages each.
            """)

    @Argument(help: ArgumentHelp("Letters, or folders of .txt letters.", valueName: "letter|folder"))
    var letters: [String]

    @Option(name: .long, help: ArgumentHelp("Signatories: a CSV with a header row or one name per line. Give it again, or a folder, to merge several lists.", valueName: "file|folder"))
    var signatories: [String] = []

    @Option(name: .long, help: ArgumentHelp("A layout name from layouts/ or a layout file's path.", valueName: "name|file"))
    var layout: String = "classic-a4"

    @OptionGroup(title: "Signatory list")
    var list: ListArguments

    @Option(name: [.customShort("o"), .customLong("output-dir")], help: ArgumentHelp("Folder for the PDFs (default: beside each letter).", valueName: "folder"))
    var outputDirectory: String?

    @Option(name: .long, help: ArgumentHelp("Also write one PDF with every translation in order, a bookmark per language ('-' for standard output).", valueName: "file.pdf"))
    var combined: String?

    @Option(name: .long, help: ArgumentHelp("A delivery: one PDF per recipient of this CSV (group, to, language, salutation, address), in their language, listed in delivery.csv. Needs --split-by.", valueName: "file.csv"))
    var recipients: String?

    @Option(name: .long, help: ArgumentHelp("With --recipients: the column whose values the recipients' 'group' names (country, region, constituency...).", valueName: "column"))
    var splitBy: String?

    @Option(name: .short, help: ArgumentHelp("Translations rendered at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "A translation with a character no font covers fails instead of warning.")
    var strictGlyphs = false

    @Flag(name: .long, help: "Print only the summary table and errors, not each translation's warnings.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("-j must be 1 or more") }
        if (recipients == nil) != (splitBy == nil) {
            throw ValidationError("a batch splits the list only for a delivery: give --recipients and --split-by together")
        }
        if recipients != nil {
            guard signatories != nil else { throw ValidationError("--recipients delivers the signatures: give --signatories") }
            guard combined == nil else { throw ValidationError("a delivery writes one PDF per recipient; --combined cannot be used with it") }
        }
    }

    func run() throws {
        if let outputDirectory {
            try? FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        }
        let request = BatchRequest(letters: letters, signatories: signatories, layout: layout, outputDirectory: outputDirectory,
                                   strictGlyphs: strictGlyphs, jobs: jobs, list: list.options(), combined: combined)
        if let recipients {
            let letterFiles = try request.letterFiles()
            let directory = outputDirectory ?? letterFiles.first.map { ($0 as NSString).deletingLastPathComponent } ?? "."
            let template = RenderRequest(letter: letterFiles.first ?? "", signatories: signatories, layout: layout,
                                         strictGlyphs: strictGlyphs, list: list.options(splitBy: splitBy, recipients: recipients))
            let delivery = DeliveryRequest(letters: letterFiles, recipients: recipients, template: template,
                                           directory: directory.isEmpty ? "." : directory, jobs: jobs)
            do {
                if !(try DeliveryOutput.run(delivery, quiet: quiet)).succeeded { throw ExitCode(1) }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                StandardError.report(error)
                throw ExitCode(1)
            }
            return
        }
        let start = Date()
        let batch: BatchResult
        do {
            batch = try Renderer().renderBatch(request)
        } catch {
            StandardError.report(error)
            throw ExitCode(1)
        }
        for outcome in batch.outcomes {
            switch outcome.result {
            case .success(let result) where !quiet: result.warnings.forEach { StandardError.print($0.description) }
            case .failure(let error): StandardError.report(error)
            default: break
            }
        }
        StandardError.print(BatchSummary.table(batch.outcomes, wallSeconds: Date().timeIntervalSince(start)))
        if let combined = batch.combined, let path = self.combined {
            StandardError.print(BatchSummary.combined(combined, path: path))
        }
        if !batch.succeeded { throw ExitCode(1) }
    }
}

/// The table `petition batch` prints on standard error: one row per translation.
enum BatchSummary {
    static func table(_ outcomes: [BatchOutcome], wallSeconds: Double) -> String {
        var rows = [["letter", "language", "pages", "warnings", "time", "result"]]
        for outcome in outcomes {
            let name = (outcome.letter as NSString).lastPathComponent
            let time = String(format: "%.2fs", outcome.seconds)
            switch outcome.result {
            case .success(let result):
                rows.append([name, result.language, String(result.pageCount), String(result.warnings.count), time, result.outputPath ?? ""])
            case .failure:
                rows.append([name, "-", "-", "-", time, "FAILED"])
            }
        }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        let failed = outcomes.filter { !$0.succeeded }.map { ($0.letter as NSString).lastPathComponent }
        lines.append("\(outcomes.count - failed.count) of \(outcomes.count) rendered in \(String(format: "%.2f", wallSeconds))s"
                     + (failed.isEmpty ? "" : "; failed: " + failed.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }

    /// The lines about the combined PDF: its pages and each translation's, the letters left
    /// out, or why it was not written.
    static func combined(_ result: Result<CombinedSummary, any Error>, path: String) -> String {
        switch result {
        case .success(let summary):
            let sections = summary.sections.map { "\($0.title) (\($0.language)) pages \($0.pages.lowerBound)–\($0.pages.upperBound)" }
            var lines = ["combined: \(path): \(summary.pageCount) pages, \(summary.sections.count) translations: "
                         + sections.joined(separator: ", ")]
            if !summary.leftOut.isEmpty {
                lines.append("combined: left out (failed): " + summary.leftOut.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "))
            }
            return lines.joined(separator: "\n")
        case .failure(let error):
            return Diagnostic.of(error).map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.file = diagnostic.file ?? path
                diagnostic.message = "combined PDF not written: " + diagnostic.message
                return diagnostic.description
            }.joined(separator: "\n")
        }
    }
}
