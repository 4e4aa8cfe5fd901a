import ArgumentParser

/// The `petition` command: plain-text letters and signatory lists to print-ready PDFs.
@main
struct Petition: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "petition",
        abstract: "Typeset an open letter and its signatories as a print-ready PDF.",
        discussion: """
            The letter is UTF-8 plain text: an optional header of `Key: value` lines (Title, \
            Subtitle, Date, To, From, Author, Subject, Keywords, Language), then paragraphs \
            separated by blank lines or one per line. Lines starting with "- ", "* " or "1. " are \
            list items; "# " starts a heading.
            """,
        subcommands: [Render.self, Preview.self, Batch.self, Layouts.self, Fonts.self, Serve.self])

    /// Parses and runs the command, first refusing a single-valued option given twice (see
    /// `RepeatedOptions`).
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let repeated = RepeatedOptions.firstRepeated(in: arguments) {
            exit(withError: ValidationError(repeated))
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
