import Foundation
import Testing
@testable import TestResources

/// The tests' scratch folders live in one folder per test process, and a new process removes the
/// folders of processes that have ended, so a crashed or interrupted run does not leave them behind.
@Suite("Test scratch folders are cleared away")
struct ScratchFoldersTests {
    @Test("A scratch folder is new, empty and inside this process's folder")
    func aScratchFolderIsInsideTheProcessFolder() throws {
        let folder = try ScratchFolders.make("probe")
        #expect(folder.deletingLastPathComponent().path == ScratchFolders.root.path)
        #expect(ScratchFolders.root.lastPathComponent == "petition-tests-\(getpid())")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(folder != (try ScratchFolders.make("probe")))
    }

    @Test("The folder of an ended process goes; a running one's and other files stay")
    func foldersOfEndedProcessesAreRemoved() throws {
        let temporary = try ScratchFolders.make("sweep")
        let ended = try endedProcessID()
        let names = ["petition-tests-\(ended)", "petition-tests-\(getppid())", "petition-tests-notapid", "other-\(ended)"]
        for name in names {
            try FileManager.default.createDirectory(at: temporary.appendingPathComponent("\(name)/inner"), withIntermediateDirectories: true)
        }
        ScratchFolders.removeFoldersOfEndedProcesses(in: temporary)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: temporary.path))
        #expect(left == Set(names.dropFirst()))
    }

    /// The id of a process that has run and been reaped.
    private func endedProcessID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
