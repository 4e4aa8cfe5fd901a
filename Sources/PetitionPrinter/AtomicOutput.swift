import Diagnostics
import Foundation

/// Writes an output file so it appears whole or not at all: the content goes to a temporary file
/// in the same folder, which is renamed over the destination only when complete. A failure removes
/// the temporary file and leaves any earlier output untouched.
///
/// The destination `-` is standard output: the content is staged in the system's temporary folder
/// and copied out a megabyte at a time when complete (a million-name PDF is about 50 MB; cairo
/// and the PDF's late entries need a file they can seek in).
struct AtomicOutput {
    let destination: String
    let temporaryPath: String

    init(destination: String) {
        self.destination = destination
        let process = ProcessInfo.processInfo.processIdentifier
        if destination == "-" {
            temporaryPath = NSTemporaryDirectory() + "petition-\(process)-\(UUID().uuidString).partial"
            return
        }
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        temporaryPath = (folder as NSString).appendingPathComponent(".\(url.lastPathComponent).\(process).partial")
        removeAbandonedPartials()
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

    /// Moves the complete temporary file into place (or copies it to standard output).
    func commit() throws {
        defer { discard() }
        if destination == "-" { return try copyToStandardOutput() }
        guard rename(temporaryPath, destination) == 0 else {
            throw OutputError(path: destination, message: String(cString: strerror(errno)))
        }
    }

    /// Removes the temporary file, if any: the output is abandoned (or was just committed).
    func discard() {
        unlink(temporaryPath)
    }

    private func copyToStandardOutput() throws {
        guard let file = FileHandle(forReadingAtPath: temporaryPath) else {
            throw OutputError(path: "-", message: "the output vanished before it could be copied")
        }
        defer { try? file.close() }
        while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
            try FileHandle.standardOutput.write(contentsOf: chunk)
        }
    }

    /// Temporary files of this destination left by runs that were killed (their process is
    /// gone) are removed, so an interrupted run leaves nothing behind for long.
    private func removeAbandonedPartials() {
        let url = URL(fileURLWithPath: destination)
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
