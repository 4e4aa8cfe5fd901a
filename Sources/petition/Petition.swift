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
}
