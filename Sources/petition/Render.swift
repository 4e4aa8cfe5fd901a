import ArgumentParser
import Foundation
import PetitionPrinter
import LayoutFile

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

    @Option(name: .long, help: ArgumentHelp("Signatories: a CSV with a header row (name, organisation, city, country...) or one name per line. Give it again, or a folder, to merge several lists.", valueName: "file|folder"))
    var signatories: [String] = []

    @Option(name: .long, help: ArgumentHelp("A layout name from layouts/ (see `petition layouts`) or a layout file's path.", valueName: "name|file"))
    var layout: String = "classic-a4"

    @Option(name: .customLong("lang"), help: ArgumentHelp("The letter's language as a BCP 47 tag (en, fr, de-CH...); overrides its Language header. Chooses hyphenation.", valueName: "tag"))
    var language: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the PDF; - writes standard output.", valueName: "file.pdf"))
    var output: String?

    @OptionGroup(title: "Signatory list")
    var list: ListArguments

    @Option(name: .long, help: ArgumentHelp("Write one PDF per value of this column (NAME-VALUE.pdf), each with the letter and its own totals.", valueName: "column"))
    var splitBy: String?

    @Option(name: .long, help: ArgumentHelp("With --split-by: one PDF per recipient of this CSV (group, to, language, salutation, address), listed in delivery.csv.", valueName: "file.csv"))
    var recipients: String?

    @Option(name: .long, help: ArgumentHelp("Write one PDF per this many signatories (NAME-1-500.pdf, ...).", valueName: "n"))
    var splitEvery: Int?

    @Option(name: .short, help: ArgumentHelp("With --split-by, --split-every or --recipients: documents rendered at once (default: one per core).", valueName: "n"))
    var jobs: Int?

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
        if splitBy != nil || splitEvery != nil {
            guard !signatories.isEmpty else { throw ValidationError("--split-by and --split-every split the signatory list: give --signatories") }
            guard output != "-" else { throw ValidationError("a split writes several PDFs, so -o - cannot take them") }
            guard splitBy == nil || splitEvery == nil else { throw ValidationError("use --split-by or --split-every, not both") }
            if let splitEvery, splitEvery < 1 { throw ValidationError("--split-every needs a number of signatories, 1 or more") }
        }
        if let jobs, jobs < 1 { throw ValidationError("-j must be 1 or more") }
        if recipients != nil, splitBy == nil {
            throw ValidationError("--recipients needs --split-by COLUMN: the column whose values the recipients' 'group' names")
        }
    }

    func run() throws {
        let request = RenderRequest(letter: letter, signatories: signatories, layout: layout, language: language,
                                    outputs: [.pdfFile(output ?? RenderRequest.pdfPath(besideLetter: letter))] + production.previews,
                                    production: production.options, strictGlyphs: strictGlyphs,
                                    list: list.options(splitBy: splitBy, splitEvery: splitEvery, recipients: recipients), jobs: jobs)
        if let recipients {
            let output = (self.output ?? RenderRequest.pdfPath(besideLetter: letter)) as NSString
            let delivery = DeliveryRequest(letters: [letter], recipients: recipients, template: request,
                                           directory: output.deletingLastPathComponent.isEmpty ? "." : output.deletingLastPathComponent,
                                           filePrefix: (output.lastPathComponent as NSString).deletingPathExtension + "-", jobs: jobs)
            do {
                let result = try DeliveryOutput.run(delivery, quiet: quiet)
                for copy in result.copies where production.report == .json {
                    if let report = (try? copy.result.get())?.report { print(try report.json()) }
                }
                if !result.succeeded { throw ExitCode(1) }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                StandardError.report(error)
                throw ExitCode(1)
            }
            return
        }
        do {
            let bar = quiet ? nil : ProgressBar()
            defer { bar?.finish() }
            let results = try Renderer().renderParts(request, progress: bar.map { bar in { @Sendable in bar.update($0) } })
            bar?.finish()
            for result in results where production.report == .json {
                if let report = result.report { print(try report.json()) }
            }
            guard !quiet else { return }
            var printed = Set<String>()
            for warning in results.flatMap(\.warnings) where printed.insert(warning.description).inserted {
                StandardError.print(warning.description)
            }
            for result in results {
                guard let path = result.outputPath, path != "-" else { continue }
                StandardError.print("\(path): \(result.pageCount) page\(result.pageCount == 1 ? "" : "s")")
            }
            if let summary = results[0].listSummary { StandardError.print(summary) }
        } catch {
            StandardError.report(error)
            throw ExitCode(1)
        }
    }
}

/// The print-production options of `petition render`: previews, logo, bleed, crop marks.
struct ProductionArguments: ParsableArguments {
    @Option(name: .customLong("png"), help: ArgumentHelp("Also write PNG previews of every page (page-001.png, ...) into this folder.", valueName: "folder"))
    var pngDirectory: String?

    @Option(name: .customLong("png-resolution"), help: ArgumentHelp("Resolution of the PNG previews in dots per inch.", valueName: "dpi"))
    var pngResolution: Double = 96

    @Option(name: .long, help: ArgumentHelp("A PNG logo for the press-kit cover; overrides the letter's Logo header.", valueName: "file.png"))
    var logo: String?

    @Option(name: .long, help: ArgumentHelp("Bleed around the trimmed page, such as 3mm; overrides the layout's page.bleed. The PDF gets TrimBox and BleedBox.", valueName: "length"))
    var bleed: String?

    @Flag(name: .customLong("crop-marks"), help: "Draw crop marks outside the bleed, at the trim edges.")
    var cropMarks = false

    @Option(name: .long, help: ArgumentHelp("Print a report of what was produced (pages, sections, counts, rejects, warnings, fonts, timings) to standard output.", valueName: "json"))
    var report: ReportFormat?

    func validate() throws {
        if let bleed, Length.parse(bleed).map({ $0.points < 0 }) ?? true {
            throw ValidationError("--bleed takes a length such as 3mm, 0.125in or 9pt, got '\(bleed)'")
        }
        if !(1...2400).contains(pngResolution) {
            throw ValidationError("--png-resolution must be between 1 and 2400 dpi")
        }
    }

    var options: ProductionOptions {
        ProductionOptions(logo: logo, bleed: bleed.flatMap(Length.parse)?.points, cropMarks: cropMarks)
    }

    /// The PNG previews asked for with `--png`, as outputs beside the PDF.
    var previews: [Output] {
        pngDirectory.map { [.pngFiles(folder: $0, resolution: pngResolution)] } ?? []
    }
}

/// Formats `--report` can write.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case json
}
