import ArgumentParser
import LayoutFile
import PetitionPrinter

/// `petition layouts`: the layouts users can pick, and what one of them resolves to.
struct Layouts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the layouts in layouts/, or show one's resolved settings.",
        subcommands: [List.self, Show.self], defaultSubcommand: List.self)

    /// `petition layouts [list]`: one line per layout.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the layouts in layouts/ with a one-line description of each.")

        func run() throws {
            let layouts = try reportingErrors { try LayoutLibrary(directory: ResourceLocator().layoutsDirectory).describe() }
            let width = layouts.map(\.name.count).max() ?? 0
            for layout in layouts {
                print(layout.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + layout.description)
            }
        }
    }

    /// `petition layouts show NAME`: every setting, `extends` applied, as a layout file.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a layout's resolved settings (extends applied) as a complete layout file.")

        @Argument(help: ArgumentHelp("A layout name from layouts/ or a layout file's path.", valueName: "name|file"))
        var layout: String

        func run() throws {
            let settings = try reportingErrors { try LayoutLibrary(directory: ResourceLocator().layoutsDirectory).load(layout) }
            print(settings.resolvedTOML, terminator: "")
        }
    }
}

/// Runs `body`; an error is printed to standard error and ends the command with status 1.
private func reportingErrors<Result>(_ body: () throws -> Result) throws -> Result {
    do {
        return try body()
    } catch {
        StandardError.report(error)
        throw ExitCode(1)
    }
}
