import Foundation
import Diagnostics

/// The layouts users choose with `--layout NAME|FILE`: the `*.toml` files of a folder, or any
/// layout file by path.
public struct LayoutLibrary: Sendable {
    /// The folder of named layouts (the project's `layouts/`).
    public let directory: URL

    /// The layouts in `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The names of the layouts in `directory` (file names without `.toml`), sorted.
    public func names() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "toml" }
            .map { $0.deletingPathExtension().lastPathComponent }
            .sorted()
    }

    /// Each layout's name and description, sorted by name. Loads every layout, so a broken one
    /// throws its `InputError`.
    public func describe() throws -> [(name: String, description: String)] {
        try names().map { (name: $0, description: try load($0).description) }
    }

    /// Loads a layout by name (from `directory`) or by path (when the argument contains "/" or
    /// ends with ".toml"; relative to the working directory), resolving `extends` chains.
    ///
    /// Throws an `InputError` for an unknown name (listing the available names, with a
    /// did-you-mean), a missing file, or any syntax or validation problem in the chain.
    public func load(_ nameOrPath: String) throws -> LayoutSettings {
        let loader = LayoutLoader(lookup: { name, location in try source(named: name, at: location) })
        guard LayoutSource.isPath(nameOrPath) else {
            return try loader.load(source(named: nameOrPath, at: nil))
        }
        return try loader.load(LayoutSource(url: URL(fileURLWithPath: nameOrPath), displayName: nameOrPath))
    }

    /// The file of the layout called `name`; an unknown name throws at `location`, or against
    /// the name itself when it came from the command line.
    private func source(named name: String, at location: SourceLocation?) throws -> LayoutSource {
        let available = names()
        guard available.contains(name) else {
            let hint = Suggestion.didYouMean(name, among: available)
            let listing = available.isEmpty
                ? "; there are no layouts in \(directory.path)"
                : (hint.isEmpty ? "." : hint) + " Available layouts: " + available.joined(separator: ", ")
            let message = "unknown layout '\(name)'" + listing
            throw location.map { InputError(at: $0, message) } ?? InputError(file: name, message)
        }
        return LayoutSource(url: directory.appendingPathComponent(name + ".toml"))
    }
}

/// "Did you mean …?" hints for misspelt names.
package enum Suggestion {
    /// The candidate closest to `word` by edit distance (ignoring case), if it is close enough
    /// to be a plausible typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        let limit = max(2, target.count / 3)
        let scored = candidates.map { (candidate: $0, distance: editDistance(target, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else { return nil }
        return best.candidate
    }

    /// `"; did you mean 'columns'?"` or an empty string when nothing is close.
    package static func didYouMean(_ word: String, among candidates: [String], quote: (String) -> String = { "'\($0)'" }) -> String {
        closest(to: word, among: candidates).map { "; did you mean \(quote($0))?" } ?? ""
    }

    /// Levenshtein distance: insertions, deletions and substitutions each cost one.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, charA) in a.enumerated() {
            var current = [i + 1]
            for (j, charB) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (charA == charB ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
