import Foundation

/// Throwaway folders for tests, all inside one folder per test process that goes when the process
/// exits.
///
/// A test that makes its own folder in the system's temporary directory leaves it there when it
/// fails, crashes or forgets, and a suite that renders hundreds of PDFs a run fills the disk of a
/// machine that runs it every day (6,816 folders and several GB in /tmp after a day's runs here).
/// So every scratch folder lives in `<tmp>/petition-tests-<pid>`, which is removed at exit, and a
/// process starting removes the folders of earlier test processes that are no longer running (a
/// crash skips the exit handler).
public enum ScratchFolders {
    /// The prefix of every process's folder; the process id follows it.
    static let prefix = "petition-tests-"

    /// This process's folder, made (and earlier runs' leftovers swept) on first use.
    public static let root: URL = {
        let temporary = FileManager.default.temporaryDirectory
        removeFoldersOfEndedProcesses(in: temporary)
        let root = temporary.appendingPathComponent("\(prefix)\(getpid())")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { ScratchFolders.removeRoot() }
        return root
    }()

    /// A new empty folder inside `root`, its name starting with `label`.
    public static func make(_ label: String = "scratch") throws -> URL {
        let url = root.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes this process's folder and everything in it.
    static func removeRoot() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Removes `petition-tests-<pid>` folders whose process has ended.
    static func removeFoldersOfEndedProcesses(in temporary: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), pid != getpid(), !isRunning(pid) else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
    }

    /// Whether a process with this id exists (`kill` with signal 0 checks without sending one).
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
