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
