import Foundation

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
