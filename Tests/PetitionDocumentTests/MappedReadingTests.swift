import Foundation
import TestResources
import Testing
@testable import PetitionDocument

/// Reading a signatory file by mapping it (and giving back pages as it goes) reads exactly what
/// reading its bytes does.
struct MappedReadingTests {
    private func temporaryFile(_ data: Data, _ name: String) throws -> String {
        let path = ScratchFolders.root.appendingPathComponent("\(UUID().uuidString)-\(name)").path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aListLongerThanTheReleaseIntervalReadsTheSame() throws {
        var csv = "Name,Organisation,City\n"
        for index in 0..<60_000 { csv += "Person \(index) Ελένη,\"Org, \(index % 7)\",Αθήνα\n" }
        csv += "\"broken,quote\nLast,Org,City\n"
        #expect(csv.utf8.count > 2 * CSVSignatoryReader.releaseInterval)
        let path = try temporaryFile(Data(csv.utf8), "long.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mapped = try #require(try SignatoryReader.read(mapping: path, file: "s.csv"))
        #expect(mapped == (try SignatoryReader.read(Data(csv.utf8), file: "s.csv")))
        #expect(mapped.signatories.count == 60_001)
    }

    @Test func utf16FilesReadTheSame() throws {
        let data = Data([0xFF, 0xFE] + "Name,City\nAna,Oslo\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let path = try temporaryFile(data, "utf16.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try SignatoryReader.read(mapping: path, file: "s.csv") == (try SignatoryReader.read(data, file: "s.csv")))
    }

    @Test func filesThatCannotBeMappedAreLeftToTheCaller() throws {
        let empty = try temporaryFile(Data(), "empty.csv")
        defer { try? FileManager.default.removeItem(atPath: empty) }
        #expect(try SignatoryReader.read(mapping: empty, file: "s.csv") == nil)
        #expect(try SignatoryReader.read(mapping: "/nonexistent/list.csv", file: "s.csv") == nil)
        #expect(try SignatoryReader.read(mapping: FileManager.default.temporaryDirectory.path, file: "s.csv") == nil)
    }
}
