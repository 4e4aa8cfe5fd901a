import Diagnostics
import Foundation

/// Reads input files, turning "no such file" and friends into messages that name the file.
enum InputFiles {
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(file: path, "is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot be read (check its permissions)")
        }
        return data
    }

    /// The name used in messages: the path as given, or `<stdin>`.
    static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }
}
