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
}

/// An output that could not be written.
public struct OutputError: Error, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): error: cannot write: \(message)" }
}
