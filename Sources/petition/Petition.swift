import ArgumentParser
import Foundation

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
        keepLargeBlocksMapped()
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

    /// glibc's malloc raises its mmap threshold each time a mapped block is freed (up to 32 MB):
    /// blocks below the new threshold then come from the heap, and stay there when freed. The
    /// tables of the duplicate search and the list's arrays raise it early, so the layout's and
    /// cairo's large buffers left holes in the heap: measured, a 1,000,000-name render peaked
    /// 25 MB higher and a 100,000-name render 10 MB higher than with the threshold held at
    /// glibc's starting value, 128 KB, at no cost in CPU time. Setting it holds it there.
    /// (`mallopt` is glibc's own and not in Swift's Glibc module, so it is looked up by name like
    /// the server's `malloc_trim`; elsewhere it is absent and nothing happens.)
    private static func keepLargeBlocksMapped() {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in <malloc.h>
        _ = mallopt(mmapThreshold, 128 * 1024)
    }
}
