import ArgumentParser
import Foundation
import PetitionPrinter

/// `petition fonts`: questions about font sets.
struct Fonts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a letter against the layout's font set.",
        subcommands: [FontsCheck.self])
}

/// `petition fonts check`: every character no font covers, and the script mix.
struct FontsCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List every character of a letter (and signatories) that no font in the font set covers, and the script mix.",
        discussion: """
            Each uncovered character is printed as file:line:column with its code point, like \
            render's warning; then the characters per script (ISO 15924 codes; Zyyy is digits and \
            punctuation). Exits with status 1 when some character is not covered.
            """)

    @Argument(help: ArgumentHelp("The letter, UTF-8 plain text; - reads standard input.", valueName: "letter"))
    var letter: String

    @Option(name: .long, help: ArgumentHelp("Signatories: a CSV with a header row or one name per line.", valueName: "file"))
    var signatories: String?

    @Option(name: .long, help: ArgumentHelp("The layout whose font set is checked.", valueName: "name|file"))
    var layout: String = "classic-a4"

    @Option(name: .customLong("lang"), help: ArgumentHelp("The letter's language (picks CJK faces).", valueName: "tag"))
    var language: String?

    func run() throws {
        let result: FontCheckResult
        do {
            result = try Renderer().checkFonts(letter: letter, signatories: signatories, layout: layout, language: language)
        } catch {
            StandardError.report(error)
            throw ExitCode(1)
        }
        for warning in result.coverage.missing { print(warning.description) }
        let missing = result.coverage.missing.count
        print("font set \(result.fontSet), language \(result.language): " +
              (missing == 0 ? "every character is covered" : "\(missing) character(s) not covered"))
        print("scripts:")
        for entry in result.coverage.scriptMix {
            print("  \(entry.script)  \(String(entry.count).leftPadded(to: 7))  \(String(format: "%5.1f", entry.share * 100))%")
        }
        if missing > 0 { throw ExitCode(1) }
    }
}

extension String {
    /// The string right-aligned in `width` characters.
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(width - count, 0)) + self
    }
}
