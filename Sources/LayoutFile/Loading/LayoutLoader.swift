import Foundation
import Diagnostics

/// Reads a layout file and the chain of files it `extends`, and resolves them into settings.
struct LayoutLoader {
    /// Finds the layout called `name`, for an `extends` written at `location`; throws an
    /// `InputError` at `location` when there is none.
    let lookup: (_ name: String, _ location: SourceLocation) throws -> LayoutSource

    /// One file in an `extends` chain.
    private struct Link {
        var source: LayoutSource
        var document: TOMLDocument
        var header: LayoutHeader
    }

    /// Loads `source`: applies the built-in base, then each file of its `extends` chain from
    /// the most basic to `source` itself, then checks the page geometry.
    func load(_ source: LayoutSource) throws -> LayoutSettings {
        let chain = try chain(from: source)
        var builder = LayoutBuilder()
        for link in chain.reversed() {
            try builder.apply(link.document)
        }
        var settings = builder.settings
        settings.name = source.name
        settings.description = chain[0].header.description ?? ""
        try GeometryCheck(settings: settings, origins: builder.origins, file: source.displayName).validate()
        return settings
    }

    /// `source` and the files it extends, child first.
    private func chain(from source: LayoutSource) throws -> [Link] {
        var links: [Link] = []
        var next = source
        while true {
            let document = try Self.read(next)
            let header = try LayoutHeader(document: document, file: next.displayName)
            links.append(Link(source: next, document: document, header: header))
            guard let (reference, location) = header.parent else { return links }
            next = try resolve(reference, at: location, from: next)
            if links.contains(where: { $0.source.url.path == next.url.path }) {
                let names = (links.map(\.source) + [next]).map(\.name)
                throw InputError(at: location, "'extends' goes round in a circle: " + names.joined(separator: " → "))
            }
        }
    }

    /// The file an `extends` value names: a path relative to the extending file, or a name.
    private func resolve(_ reference: String, at location: SourceLocation, from child: LayoutSource) throws -> LayoutSource {
        guard LayoutSource.isPath(reference) else { return try lookup(reference, location) }
        let parent = child.relative(reference)
        guard parent.exists else {
            throw InputError(at: location, "no layout file '\(reference)' (looked for \(parent.url.path))")
        }
        return parent
    }

    private static func read(_ source: LayoutSource) throws -> TOMLDocument {
        guard source.exists else { throw InputError(file: source.displayName, "no such layout file") }
        let text: String
        do {
            text = try String(contentsOf: source.url, encoding: .utf8)
        } catch {
            throw InputError(file: source.displayName, "cannot read the layout file as UTF-8 text")
        }
        return try TOMLParser.parse(text, file: source.displayName)
    }
}

/// A layout file: where it is, and how messages name it.
struct LayoutSource {
    /// The file, absolute and standardised so the same file always has the same path.
    let url: URL
    /// The path as the user (or the `extends` line) wrote it, for messages.
    let displayName: String

    /// The file at `url`, named `displayName` in messages or, by default, by its full path.
    init(url: URL, displayName: String? = nil) {
        self.url = url.absoluteURL.standardizedFileURL
        self.displayName = displayName ?? self.url.path
    }

    /// The layout's name: the file name without `.toml`.
    var name: String { url.deletingPathExtension().lastPathComponent }

    /// Whether `reference` (a `--layout` argument or `extends` value) is a file path rather
    /// than a layout name: it contains a `/` or ends with `.toml`.
    static func isPath(_ reference: String) -> Bool {
        reference.contains("/") || reference.hasSuffix(".toml")
    }

    /// The file at `path`, relative to this file's folder unless absolute.
    func relative(_ path: String) -> LayoutSource {
        if path.hasPrefix("/") {
            return LayoutSource(url: URL(fileURLWithPath: path), displayName: path)
        }
        let folder = displayName.range(of: "/", options: .backwards).map { String(displayName[..<$0.upperBound]) } ?? ""
        return LayoutSource(url: url.deletingLastPathComponent().appendingPathComponent(path), displayName: folder + path)
    }

    var exists: Bool { FileManager.default.fileExists(atPath: url.path) }
}

/// The top-level keys of one layout file: the format version it is written for, what it is
/// for, and which layout it builds on.
struct LayoutHeader {
    /// The only version of the format this code reads.
    static let supportedFormat = 1

    var description: String?
    /// The `extends` value and where it is written, if the file has one.
    var parent: (reference: String, location: SourceLocation)?

    /// Reads and checks the header of `document`, which was read from `file`.
    init(document: TOMLDocument, file: String) throws {
        guard let format = document.rootEntry("format") else {
            throw InputError(
                at: SourceLocation(file: file, line: 1, column: 1),
                "missing 'format = \(Self.supportedFormat)'; every layout file names the format version it is written for")
        }
        let version = try SettingValue(value: format.value, key: "format").integer()
        guard version == Self.supportedFormat else {
            throw InputError(
                at: format.value.location,
                "unsupported layout format \(version); this version of petition reads format \(Self.supportedFormat)")
        }
        description = try document.rootEntry("description").map { try SettingValue(value: $0.value, key: "description").string() }
        if let entry = document.rootEntry("extends") {
            let reference = try SettingValue(value: entry.value, key: "extends").string()
            guard !reference.isEmpty else { throw InputError(at: entry.value.location, "'extends' must name a layout") }
            parent = (reference, entry.value.location)
        }
    }
}

/// Applies layout files onto the built-in settings, parent before child, so later files
/// override earlier ones; remembers where each value was set for later messages.
struct LayoutBuilder {
    /// Where a setting's value was written.
    struct Origin {
        var location: SourceLocation
        /// How many files were applied before this one: higher means closer to the layout loaded.
        var fileIndex: Int
    }

    private(set) var settings = LayoutSettings.standard
    /// The origin of each value set so far, by `"table.key"`; built-in defaults have none.
    private(set) var origins: [String: Origin] = [:]
    private var filesApplied = 0

    /// Checks every key of `document` and stores its value.
    mutating func apply(_ document: TOMLDocument) throws {
        if let stray = document.root.first(where: { !LayoutSchema.rootKeys.contains($0.key) }) {
            throw unknownTopLevelKey(stray)
        }
        for table in document.tables {
            guard let setters = LayoutSchema.tables[table.name] else { throw unknownTable(table) }
            for entry in table.entries {
                guard let setter = setters[entry.key] else {
                    throw unknownKey(entry, in: table.name, known: Array(setters.keys))
                }
                try setter(SettingValue(value: entry.value, key: entry.key), &settings)
                origins["\(table.name).\(entry.key)"] = Origin(location: entry.keyLocation, fileIndex: filesApplied)
            }
        }
        filesApplied += 1
    }

    private func unknownTopLevelKey(_ entry: TOMLDocument.Entry) -> InputError {
        let homes = LayoutSchema.tableOrder.filter { LayoutSchema.tables[$0]?[entry.key] != nil }
        let hint = homes.isEmpty
            ? Suggestion.didYouMean(entry.key, among: LayoutSchema.rootKeys)
            : "; it belongs under " + homes.map { "[\($0)]" }.joined(separator: " or ")
        return InputError(at: entry.keyLocation, "unknown key '\(entry.key)' at the top level\(hint)")
    }

    private func unknownTable(_ table: TOMLDocument.Table) -> InputError {
        let hint = Suggestion.didYouMean(table.name, among: LayoutSchema.tableOrder) { "[\($0)]" }
        let message = "unknown table [\(table.name)]"
        if !hint.isEmpty { return InputError(at: table.location, message + hint) }
        let known = LayoutSchema.tableOrder.map { "[\($0)]" }.joined(separator: ", ")
        return InputError(at: table.location, message + "; layout files have " + known)
    }

    private func unknownKey(_ entry: TOMLDocument.Entry, in table: String, known: [String]) -> InputError {
        let hint = Suggestion.didYouMean(entry.key, among: known)
        let message = "unknown key '\(entry.key)' in [\(table)]"
        if !hint.isEmpty { return InputError(at: entry.keyLocation, message + hint) }
        return InputError(at: entry.keyLocation, message + "; its keys are " + known.sorted().joined(separator: ", "))
    }
}
