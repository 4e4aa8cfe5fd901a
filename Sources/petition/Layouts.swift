import ArgumentParser
import LayoutFile
import PetitionPrinter

/// `petition layouts`: the layouts users can pick.
struct Layouts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the layouts in layouts/ with a one-line description of each.")

    func run() throws {
        let directory = ResourceLocator().layoutsDirectory
        do {
            let layouts = try LayoutLibrary(directory: directory).describe()
            let width = layouts.map(\.name.count).max() ?? 0
            for layout in layouts {
                print(layout.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + layout.description)
            }
        } catch {
            StandardError.print(String(describing: error))
            throw ExitCode(1)
        }
    }
}
