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

    /// The signatory lists named by `paths`, in order: a file as given, a folder as its list
    /// files (`.csv`, `.tsv`, `.txt`, `.jsonl`, not hidden) by name.
    /// - Throws: `InputError` for a folder without list files, or a file named twice (itself, or
    ///   also through its folder), which would make every row of it a duplicate.
    static func signatoryLists(_ paths: [String]) throws -> [String] {
        var lists: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                lists.append(path)
                continue
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { !$0.hasPrefix(".") && signatoryListExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted()
            guard !names.isEmpty else {
                throw InputError(file: path, "is a folder with no signatory lists (\(signatoryListExtensions.map { "." + $0 }.joined(separator: ", ")) files)")
            }
            lists += names.map { (path as NSString).appendingPathComponent($0) }
        }
        var seen = Set<String>()
        for list in lists where list != "-" && !seen.insert(URL(fileURLWithPath: list).standardizedFileURL.path).inserted {
            throw InputError(file: list, "is given twice as a signatory list (--signatories, or inside a folder given)")
        }
        return lists
    }

    /// The extensions of the files in a folder of signatory lists.
    static let signatoryListExtensions = ["csv", "tsv", "txt", "jsonl"]
}
