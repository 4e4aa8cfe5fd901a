import Foundation

/// Writes an output file so it appears whole or not at all: the content goes to a temporary file
/// in the same folder, which is renamed over the destination only when complete. A failure removes
/// the temporary file and leaves any earlier output untouched.
struct AtomicOutput {
    let destination: String
    let temporaryPath: String

    init(destination: String) {
        self.destination = destination
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        temporaryPath = (folder as NSString).appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
    }

    /// Runs `write` against the temporary path, then moves the result into place.
    func write(_ write: (String) throws -> Void) throws {
        removeAbandonedPartials()
        do {
            try write(temporaryPath)
            guard rename(temporaryPath, destination) == 0 else {
                throw OutputError(path: destination, message: String(cString: strerror(errno)))
            }
        } catch {
            unlink(temporaryPath)
            throw error
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
public struct OutputError: Error, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): error: cannot write: \(message)" }
}
