import Diagnostics
import Foundation

/// Writes an output file so it appears whole or not at all: the content goes to a temporary file
/// in the same folder, which is renamed over the destination only when complete. A failure removes
/// the temporary file and leaves any earlier output untouched. A destination that is a symbolic
/// link keeps its link: the file it points to is replaced.
///
/// The destination `-` is standard output: the content is staged in the system's temporary folder
/// and copied out a megabyte at a time when complete (a million-name PDF is about 50 MB; cairo
/// and the PDF's late entries need a file they can seek in). So is a destination that is not a
/// regular file, such as `/dev/null`, `/dev/stdout` or a named pipe: it is written into, never
/// renamed over (a rename would put a regular file in place of the device).
struct AtomicOutput {
    let destination: String
    let temporaryPath: String
    private let mode: Mode

    private enum Mode {
        /// A regular file (or none yet): renamed into place, at this path (symbolic links resolved).
        case file(String)
        case standardOutput
        /// A device, pipe or socket: the finished content is copied into it.
        case stream
    }

    init(destination: String) {
        self.destination = destination
        let process = ProcessInfo.processInfo.processIdentifier
        let staged = NSTemporaryDirectory() + "petition-\(process)-\(UUID().uuidString).partial"
        if destination == "-" {
            (mode, temporaryPath) = (.standardOutput, staged)
            return
        }
        if Self.isStream(destination) {
            (mode, temporaryPath) = (.stream, staged)
            return
        }
        let url = URL(fileURLWithPath: destination).resolvingSymlinksInPath()
        let folder = url.deletingLastPathComponent().path
        mode = .file(url.path)
        temporaryPath = (folder as NSString).appendingPathComponent(".\(url.lastPathComponent).\(process).partial")
        removeAbandonedPartials(of: url)
    }

    /// Whether `path` is something other than a regular file, a folder or nothing: a character
    /// device, a named pipe or a socket (symbolic links followed).
    static func isStream(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let type = status.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// Runs `write` against the temporary path, then moves the result into place.
    func write(_ write: (String) throws -> Void) throws {
        do {
            try write(temporaryPath)
        } catch {
            discard()
            throw error
        }
        try commit()
    }

    /// Moves the complete temporary file into place (or copies it to standard output or into the
    /// device or pipe named).
    func commit() throws {
        defer { discard() }
        switch mode {
        case .standardOutput:
            try copy(to: FileHandle.standardOutput)
        case .stream:
            guard let stream = FileHandle(forWritingAtPath: destination) else {
                throw OutputError(path: destination, message: String(cString: strerror(errno)))
            }
            defer { try? stream.close() }
            try copy(to: stream)
        case .file(let path):
            guard rename(temporaryPath, path) == 0 else {
                throw OutputError(path: destination, message: String(cString: strerror(errno)))
            }
        }
    }

    /// Removes the temporary file, if any: the output is abandoned (or was just committed).
    func discard() {
        unlink(temporaryPath)
    }

    private func copy(to output: FileHandle) throws {
        guard let file = FileHandle(forReadingAtPath: temporaryPath) else {
            throw OutputError(path: destination, message: "the output vanished before it could be copied")
        }
        defer { try? file.close() }
        while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
            try output.write(contentsOf: chunk)
        }
    }

    /// Temporary files of this destination left by runs that were killed (their process is
    /// gone) are removed, so an interrupted run leaves nothing behind for long.
    private func removeAbandonedPartials(of url: URL) {
        let folder = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".partial") {
            let pid = name.dropFirst(prefix.count).dropLast(".partial".count)
            guard let process = Int32(pid), process != getpid(), kill(process, 0) != 0, errno == ESRCH else { continue }
            unlink((folder as NSString).appendingPathComponent(name))
        }
    }
}

/// An output that could not be written.
public struct OutputError: DiagnosticConvertible {
    public var path: String
    public var message: String

    public var diagnostics: [Diagnostic] { [.error(file: path, "cannot write: \(message)")] }
}
