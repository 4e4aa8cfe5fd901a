import ArgumentParser
import LayoutFile
import PetitionPrinter

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
