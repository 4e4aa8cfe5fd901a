import ArgumentParser
import Foundation
import PetitionPrinter

/// `petition preview`: PNG images of every page, for a quick look or a web page, without a PDF.
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write PNG previews of every page (page-001.png, ...) without keeping a PDF.")

    @Argument(help: ArgumentHelp("The letter, UTF-8 plain text; - reads standard input.", valueName: "letter"))
    var letter: String

    @Option(name: .long, help: ArgumentHelp("Signatories: a CSV with a header row or one name per line.", valueName: "file"))
    var signatories: String?

    @Option(name: .long, help: ArgumentHelp("A layout name from layouts/ or a layout file's path.", valueName: "name|file"))
    var layout: String = "classic-a4"

    @Option(name: .customLong("lang"), help: ArgumentHelp("The letter's language as a BCP 47 tag; overrides its Language header.", valueName: "tag"))
    var language: String?

    @Option(name: .customLong("png"), help: ArgumentHelp("The folder for the previews.", valueName: "folder"))
    var folder: String = "preview"

    @Option(name: .customLong("png-resolution"), help: ArgumentHelp("Resolution in dots per inch.", valueName: "dpi"))
    var resolution: Double = 96

    func validate() throws {
        if !(1...2400).contains(resolution) { throw ValidationError("--png-resolution must be between 1 and 2400 dpi") }
    }

    func run() throws {
        let request = RenderRequest(letter: letter, signatories: signatories, layout: layout, language: language,
                                    outputs: [.pngFiles(folder: folder, resolution: resolution)])
        do {
            let result = try Renderer().render(request)
            for warning in result.warnings { StandardError.print(warning.description) }
            StandardError.print("\(folder): \(result.images.count) page previews at \(resolution.formatted()) dpi")
        } catch {
            StandardError.report(error)
            throw ExitCode(1)
        }
    }
}
