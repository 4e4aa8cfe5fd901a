import Foundation
import Testing
import TestResources

/// Random bytes as the letter, the layout file or the signatory list: `petition render` gives a
/// PDF (status 0) or a clear error (status 1, `file: error: ...`), never a crash or a hang, and a
/// failed or killed run leaves earlier outputs as they were.
@Suite("Garbage input and partial output, end to end")
struct GarbageInputTests {

    /// Random bytes, or a real file with random bytes overwritten, inserted or cut.
    static func garbage(from base: Data, _ random: inout SeededGenerator) -> Data {
        var bytes = [UInt8](base)
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            bytes = (0..<Int.random(in: 0..<2000, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        case 1:
            for _ in 0..<Int.random(in: 1...20, using: &random) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
        default:
            let cut = Int.random(in: 0...bytes.count, using: &random)
            bytes = Array(bytes[..<cut]) + (0..<50).map { _ in UInt8.random(in: 0...255, using: &random) }
        }
        return Data(bytes)
    }

    @Test(arguments: ["letter", "layout", "signatories"])
    func randomBytesGiveAPDFOrAClearError(_ input: String) throws {
        let folder = try Fixtures.scratchFolder()
        var random = SeededGenerator(seed: UInt64(input.utf8.count) * 7919)
        let bases = [
            "letter": try Data(contentsOf: URL(fileURLWithPath: Fixtures.exampleLetter)),
            "layout": try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("layouts/classic-a4.toml")),
            "signatories": try Data(contentsOf: URL(fileURLWithPath: Fixtures.exampleSignatories)),
        ]
        for attempt in 0..<8 {
            let file = folder.appendingPathComponent("\(input)-\(attempt)" + (input == "layout" ? ".toml" : ".txt"))
            try Self.garbage(from: try #require(bases[input]), &random).write(to: file)
            var arguments = ["render", input == "letter" ? file.path : Fixtures.exampleLetter,
                             "-o", folder.appendingPathComponent("out-\(attempt).pdf").path]
            if input == "layout" { arguments += ["--layout", file.path] }
            if input == "signatories" { arguments += ["--signatories", file.path] }
            let result = try ToolRunner.run(Fixtures.petition, arguments)
            #expect(result.status == 0 || result.status == 1, "\(file.lastPathComponent): status \(result.status) \(result.errors.suffix(300))")
            if result.status == 1 { #expect(result.errors.contains("error:"), "\(result.errors.suffix(300))") }
            if result.status == 0 { try HostileListTests.expectSamePageCount(folder.appendingPathComponent("out-\(attempt).pdf").path) }
        }
    }

    @Test func aFailedOrKilledRunLeavesEarlierOutputsIntact() throws {
        let folder = try Fixtures.scratchFolder()
        let pdf = folder.appendingPathComponent("out.pdf").path
        let list = folder.appendingPathComponent("list.csv")
        try HostileList.data.write(to: list)
        let first = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories", list.path, "-o", pdf])
        #expect(first.status == 0)
        let pdfBefore = try Data(contentsOf: URL(fileURLWithPath: pdf))
        let rejects = folder.appendingPathComponent("out.rejects.csv")
        let rejectsBefore = try Data(contentsOf: rejects)

        let badLetter = folder.appendingPathComponent("bad.txt")
        try Data([0x54, 0x69, 0xFF, 0x0A]).write(to: badLetter)
        let failed = try ToolRunner.run(Fixtures.petition, ["render", badLetter.path, "--signatories", list.path, "-o", pdf])
        #expect(failed.status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == pdfBefore)
        #expect(try Data(contentsOf: rejects) == rejectsBefore)

        // A long run killed part way: the PDF is the old one, whole.
        let big = folder.appendingPathComponent("big.csv")
        try Data((["name,city"] + (1...200_000).map { "Person \($0),City \($0 % 50)" }).joined(separator: "\n").utf8).write(to: big)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Fixtures.petition)
        process.arguments = ["render", Fixtures.exampleLetter, "--signatories", big.path, "-o", pdf]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the run should still have been going")
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == pdfBefore)

        // The next run to the same file clears what the killed one left behind.
        let again = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "-o", pdf])
        #expect(again.status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".partial") }
        #expect(leftovers.isEmpty, "abandoned temporary files: \(leftovers)")
    }
}
