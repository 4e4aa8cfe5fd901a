import Diagnostics
import Foundation

/// The server's temporary space: one folder of its own, and inside it one folder per request.
/// Removed whole when the server stops; a request's folder goes as soon as nothing uses it.
final class TemporaryFolders: Sendable {
    let root: URL

    init(in parent: URL) throws {
        Self.removeAbandoned(in: parent)
        root = parent.appendingPathComponent("\(Self.prefix)\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    /// A new, empty folder for one request, with `in/` for uploads and `out/` for outputs.
    func makeRequestFolder() throws -> RequestFolder {
        let folder = RequestFolder(root.appendingPathComponent(UUID().uuidString))
        try FileManager.default.createDirectory(at: folder.inputs, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.outputs, withIntermediateDirectories: true)
        return folder
    }

    private static let prefix = "petition-serve-"

    /// Removes the folders of servers that ended without cleaning up (killed, or crashed): those
    /// whose process id no longer names a running process.
    static func removeAbandoned(in parent: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }), pid > 0,
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// Removes every request's folder and the server's own (at shutdown).
    func removeAll() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// One request's temporary folder. It is removed when the last holder lets go of it: the
/// handler when it has answered, the render thread when it has stopped (which may be later,
/// after a timeout).
final class RequestFolder: Sendable {
    let url: URL

    init(_ url: URL) {
        self.url = url
    }

    /// Uploaded files, under names made safe (see `UploadedFileName`).
    var inputs: URL { url.appendingPathComponent("in") }
    /// What the render writes.
    var outputs: URL { url.appendingPathComponent("out") }

    /// `diagnostic` with the folder's paths taken out of its file, message and hint.
    func redacting(_ diagnostic: Diagnostic) -> Diagnostic {
        var redacted = diagnostic
        redacted.file = diagnostic.file.map(redacting)
        redacted.message = redacting(diagnostic.message)
        redacted.hint = diagnostic.hint.map(redacting)
        return redacted
    }

    /// `text` with this folder's paths taken out, so messages name files as the user uploaded
    /// them (`letter.txt:3:1`), never the server's folders.
    func redacting(_ text: String) -> String {
        text.replacingOccurrences(of: inputs.path + "/", with: "")
            .replacingOccurrences(of: outputs.path + "/", with: "")
            .replacingOccurrences(of: url.path, with: ".")
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
