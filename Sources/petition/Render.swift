import ArgumentParser
import Foundation
import PetitionPrinter

/// `petition render`: one letter (and signatories) to one PDF.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a letter and its signatories to PDF.",
        discussion: """
            Without -o the PDF is written next to the letter with the extension changed. The PDF \
            appears only when complete: a failed run leaves no partial file and keeps an earlier \
            one. Set SOURCE_DATE_EPOCH for byte-identical output across runs. Warnings (characters \
            no font covers, rows that could not be printed) go to standard error.
            """)

    @Argument(help: ArgumentHelp("The letter, UTF-8 plain text; - reads standard input.", valueName: "letter"))
    var letter: String

    @Option(name: .long, help: ArgumentHelp("Signatories: a CSV with a header row (name, organisation, city, country...) or one name per line.", valueName: "file"))
    var signatories: String?

    @Option(name: .long, help: ArgumentHelp("A layout name from layouts/ (see `petition layouts`) or a layout file's path.", valueName: "name|file"))
    var layout: String = "classic-a4"

    @Option(name: .customLong("lang"), help: ArgumentHelp("The letter's language as a BCP 47 tag (en, fr, de-CH...); overrides its Language header. Chooses hyphenation.", valueName: "tag"))
    var language: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the PDF; - writes standard output.", valueName: "file.pdf"))
    var output: String?

    @OptionGroup(title: "Print production")
    var production: ProductionArguments

    @Flag(name: .long, help: "Print nothing but errors (no warnings, summary or progress bar).")
    var quiet = false

    @Flag(name: .long, help: "Fail (and write nothing) when a character has no glyph in any font of the layout's font set.")
    var strictGlyphs = false

    func validate() throws {
        if production.report != nil, output == "-" {
            throw ValidationError("--report writes to standard output, which -o - already uses for the PDF")
        }
    }

    func run() throws {
        let request = RenderRequest(letter: letter, signatories: signatories, layout: layout, language: language, output: output,
                                    production: production.options, strictGlyphs: strictGlyphs)
        do {
            let bar = quiet ? nil : ProgressBar()
            defer { bar?.finish() }
            let result = try Renderer().render(request, progress: bar.map { bar in { bar.update($0) } })
            bar?.finish()
            if production.report == .json, let report = result.report { print(try report.json()) }
            guard !quiet else { return }
            for warning in result.warnings { StandardError.print(warning.description) }
            var summary = "\(result.outputPath): \(result.pageCount) page\(result.pageCount == 1 ? "" : "s")"
            if let counts = result.signatoryCounts {
                summary += "; \(counts.rows) signatory rows: \(counts.printed) printed, \(counts.rejected) rejected"
            }
            if result.outputPath != "-" { StandardError.print(summary) }
        } catch {
            StandardError.print(String(describing: error))
            throw ExitCode(1)
        }
    }
}
