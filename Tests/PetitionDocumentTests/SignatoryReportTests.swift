import Crypto
import Foundation
import TestResources
import Testing
@testable import PetitionDocument

/// The rejects report, the printed list and its digest, and splitting.
struct SignatoryReportTests {
    static let fixture = """
        Name,Title,Organisation,City,Country
        Maria García,Director,Amnesty,Madrid,Spain
        =HYPERLINK("http://x"),,,,
        -Minus,,+Plus,@At,
        Jane Smith,,"Open Society, Inc",London,UK
        jane smith,,"Open Society, Inc",london,uk
        ,,,,
        """

    private func processed() throws -> ProcessedSignatories {
        SignatoryProcessor.process(SignatoryList.merging([("s.csv", try readSignatories(Self.fixture))]), options: SignatoryOptions())
    }

    @Test func rejectsReportListsRejectedAndDuplicateRowsByLine() throws {
        let csv = RejectsReport.csv(for: try processed())
        #expect(csv == "file,line,reason,name\ns.csv,6,duplicate of line 5,jane smith\ns.csv,7,empty,\n")
    }

    @Test func rejectsReportOfDamagedRows() throws {
        let list = try SignatoryReader.read(SignatoryProcessingTests.mixed, file: "s.csv")
        let csv = RejectsReport.csv(for: SignatoryProcessor.process(SignatoryList.merging([("s.csv", list)]), options: SignatoryOptions()))
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 7)
        #expect(lines[0] == "file,line,reason,name")
        #expect(lines[1] == "s.csv,3,duplicate of line 2,maria GARCÍA")
        #expect(lines[2] == "s.csv,5,duplicate of line 4,Mari\u{E1} Okafor")
        #expect(lines[3] == "s.csv,6,empty,")
        #expect(lines[4].hasPrefix("s.csv,7,invalid UTF-8 at byte offset "))
        #expect(lines[5].hasPrefix("s.csv,8,unterminated quoted field"))
        #expect(lines[6] == "")
    }

    @Test func cellsThatLookLikeFormulasAreNeutralised() {
        #expect(CSVWriter.cell("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVWriter.cell("+1") == "'+1")
        #expect(CSVWriter.cell("-x") == "'-x")
        #expect(CSVWriter.cell("@x") == "'@x")
        #expect(CSVWriter.cell("\tx") == "'\tx")
        #expect(CSVWriter.cell("\rx") == "\"'\rx\"")
        #expect(CSVWriter.cell("'=x") == "''=x")
        #expect(CSVWriter.cell("'t Hooft") == "'t Hooft")
        #expect(CSVWriter.cell("a, \"b\"") == "\"a, \"\"b\"\"\"")
        #expect(CSVWriter.cell("Maria-José") == "Maria-José")
    }

    @Test func printedListIsNeutralisedAndQuoted() throws {
        #expect(PrintedListReport.csv(for: try processed()) == """
            name,details
            Maria García,"Director, Amnesty, Madrid, Spain"
            "'=HYPERLINK(""http://x"")",
            '-Minus,"'+Plus, @At"
            Jane Smith,"Open Society, Inc, London, UK"

            """)
    }

    @Test func digestOfASmallList() throws {
        let result = try processed()
        let canonical = "Maria García\tDirector, Amnesty, Madrid, Spain\n=HYPERLINK(\"http://x\")\t\n"
            + "-Minus\t+Plus, @At\nJane Smith\tOpen Society, Inc, London, UK\n"
        #expect(result.digest == SHA256.hash(data: Array(canonical.utf8)).map { String(format: "%02x", $0) }.joined())
        #expect(result.digest == "3e0c9a9f5cfbcacd72b36cc8e33f47c20a5fca0fa3032dcbfe44fafd946b9ec7")
    }

    /// A list whose canonical text spans many of the digest's chunks hashes like the whole text.
    @Test func digestOfAListLongerThanOneChunk() {
        let entries = (0..<10_000).map { row in
            Signatory(name: "Name \(row) Ünal", title: row % 3 == 0 ? "Dr" : "", organisation: row % 2 == 0 ? "Org \(row)" : "",
                      city: "Città \(row % 17)", line: row + 2)
        }
        let columns: [SignatoryColumn] = [.title, .organisation, .city, .country]
        let canonical = entries.map { $0.name + "\t" + $0.details(columns) + "\n" }.joined()
        #expect(canonical.utf8.count > 4 * PrintedListDigest.chunkSize)
        #expect(PrintedListDigest.hex(of: entries, detailColumns: columns)
            == SHA256.hash(data: Array(canonical.utf8)).map { String(format: "%02x", $0) }.joined())
    }

    @Test func verifyScriptAgreesWithTheDigest() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let script = root.appendingPathComponent("scripts/verify-digest.py")
        let result = try processed()
        let file = ScratchFolders.root.appendingPathComponent("printed-\(UUID().uuidString).csv")
        try Data(PrintedListReport.csv(for: result).utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(printed == result.digest + "\n")
    }

    @Test func splittingByGroupAndEveryN() throws {
        let list = try readSignatories("Name,Country\nA,X\nB,Y\nC,X\nD,\nE,Y\n")
        let processed = SignatoryProcessor.process(list, options: SignatoryOptions(groupBy: "country"))
        #expect(SignatorySplitter.byGroup(processed).map(\.name) == ["X", "Y", "Other"])
        #expect(SignatorySplitter.byGroup(processed).map(\.range) == [0..<2, 2..<4, 4..<5])
        let parts = SignatorySplitter.every(2, processed)
        #expect(parts.map(\.name) == ["1–2", "3–4", "5–5"])
        #expect(parts.map(\.range) == [0..<2, 2..<4, 4..<5])
        #expect(parts[1].groups == [SignatoryGroup(name: "Y", range: 2..<4)])
        #expect(parts[0].groups == [SignatoryGroup(name: "X", range: 0..<2)])
    }
}
