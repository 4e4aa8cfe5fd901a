import ArgumentParser
import Foundation

/// Refuses an option that takes one value (`--layout`, `-o`, `--png-resolution`...) given more
/// than once: swift-argument-parser keeps the last value and drops the others without a word, so
/// `--layout a --layout b` would quietly render with b. Options that take several values
/// (`--signatories`) accumulate and are never refused; a flag given twice loses nothing.
///
/// Which options take one value is read from the commands' own definitions (the tool
/// description that `--experimental-dump-help` prints), so a new option is covered without
/// being listed here.
enum RepeatedOptions {
    /// The error for the first single-valued option of the chosen command that `arguments` (the
    /// command line without the program name) gives twice, or nil.
    static func firstRepeated(in arguments: [String]) -> String? {
        guard let tool = toolInfo else { return nil }
        var command = tool
        var index = 0
        // The subcommand path: leading words that name a subcommand.
        while index < arguments.count, let next = command.subcommands?.first(where: { $0.commandName == arguments[index] }) {
            command = next
            index += 1
        }
        var takesValue: [String: Bool] = [:]  // spelling -> repeating
        for argument in command.arguments ?? [] where argument.kind == "option" {
            for name in argument.names ?? [] {
                takesValue[name.kind == "short" ? "-" + name.name : "--" + name.name] = argument.isRepeating
            }
        }
        var seen: [String: String] = [:]  // preferred spelling per option -> first spelling used
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" { break }
            guard word.hasPrefix("-"), word != "-" else { continue }
            let spelling = word.hasPrefix("--") ? String(word.prefix { $0 != "=" }) : String(word.prefix(2))
            guard let repeating = takesValue[spelling] else { continue }
            let attached = word.hasPrefix("--") ? word.contains("=") : word.count > 2
            if !attached { index += 1 }  // the value
            guard !repeating else { continue }
            let option = canonical(spelling, in: command)
            if let first = seen[option] {
                return "\(first == spelling ? spelling : "\(first)/\(spelling)") is given more than once; it takes one value, give it once"
            }
            seen[option] = spelling
        }
        return nil
    }

    /// One key for every spelling of an option (`-o` and `--output`).
    private static func canonical(_ spelling: String, in command: CommandInfo) -> String {
        for argument in command.arguments ?? [] {
            let spellings = (argument.names ?? []).map { $0.kind == "short" ? "-" + $0.name : "--" + $0.name }
            if spellings.contains(spelling) { return spellings.joined(separator: "/") }
        }
        return spelling
    }

    /// The tool's description of itself (JSON), as swift-argument-parser writes it.
    private static let toolInfo: CommandInfo? = {
        do {
            _ = try Petition.parseAsRoot(["--experimental-dump-help"])
        } catch {
            let json = Petition.fullMessage(for: error)
            return try? JSONDecoder().decode(ToolInfo.self, from: Data(json.utf8)).command
        }
        return nil
    }()

    private struct ToolInfo: Decodable {
        var command: CommandInfo
    }

    struct CommandInfo: Decodable {
        var commandName: String
        var subcommands: [CommandInfo]?
        var arguments: [ArgumentInfo]?
    }

    struct ArgumentInfo: Decodable {
        var kind: String
        var isRepeating: Bool
        var names: [NameInfo]?
    }

    struct NameInfo: Decodable {
        var kind: String
        var name: String
    }
}
