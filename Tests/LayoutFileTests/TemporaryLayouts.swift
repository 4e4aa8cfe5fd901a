import Foundation
@testable import LayoutFile

/// A throwaway layouts folder holding the given files, removed when the value goes away.
final class TemporaryLayouts {
    let directory: URL

    /// `files` maps file names (with extension, possibly in subfolders) to their text.
    init(_ files: [String: String]) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("layoutfile-tests-\(UUID().uuidString)")
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    var library: LayoutLibrary { LayoutLibrary(directory: directory) }

    /// The path errors name for `file` in this folder.
    func path(_ file: String) -> String {
        directory.appendingPathComponent(file).standardizedFileURL.path
    }
}
