import Diagnostics
import Foundation
import Testing
@testable import PetitionDocument

/// Several signatory files merged into one list: every row keeps its file and line, duplicates
/// are found across files, and each file's rows are accounted for.
struct MergedListsTests {
    static let first = "Name,City\nAda Lovelace,London\nGrace Hopper,New York\nAlan Turing,Manchester\n,\n"
    static let second = "name\nKatherine Johnson\nada lovelace\nGrace Hopper\n\nKatherine Johnson\n"

    func merged(options: SignatoryOptions = SignatoryOptions()) throws -> ProcessedSignatories {
        let lists = [("a.csv", try readSignatories(Self.first, file: "a.csv")), ("b.txt", try readSignatories(Self.second, file: "b.txt"))]
        return SignatoryProcessor.process(SignatoryList.merging(lists), options: options)
    }

    @Test func rowsOfEveryFileArePrintedInOrderWithTheirOwnFileAndLine() throws {
        let list = try merged()
        let files = list.files.map(\.file)
        // With the city compared, "ada lovelace" and "Grace Hopper" of b.txt (no city) are other people.
        #expect(list.entries.map(\.name) == ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson", "ada lovelace", "Grace Hopper"])
        #expect(list.entries.map { "\(files[$0.fileIndex]):\($0.line)" } == ["a.csv:2", "a.csv:3", "a.csv:4", "b.txt:2", "b.txt:3", "b.txt:4"])
        #expect(list.rejected == [RejectedRow(file: "a.csv", line: 5, reason: "empty")])
    }

    /// A folder of one file per day or per form can hold more files than 16 bits count; each row
    /// must still name its own.
    @Test func rowsOfMoreThan65536FilesKeepTheirFile() throws {
        let one = try readSignatories("name\nAda Lovelace\n", file: "one.csv")
        let lists = (0..<70_000).map { ("day-\($0).csv", one) }
        let list = SignatoryProcessor.process(SignatoryList.merging(lists), options: SignatoryOptions(detailColumns: []))
        // Every row after the first repeats day-0's: the duplicates name each file in turn.
        #expect(list.files.count == 70_000 && list.duplicates.count == 69_999)
        for day in [1, 65_535, 65_536, 65_537, 69_999] {
            #expect(list.duplicates[day - 1].file == "day-\(day).csv")
        }
        #expect(list.duplicates.allSatisfy { $0.firstFile == "day-0.csv" })
    }

    @Test func duplicatesAreFoundAcrossFilesAndNameTheFirstRowsFile() throws {
        let list = try merged(options: SignatoryOptions(detailColumns: []))
        #expect(list.duplicates.map { "\($0.file):\($0.line) = \($0.firstPlace)" } == [
            "b.txt:3 = a.csv:2", "b.txt:4 = a.csv:3", "b.txt:6 = line 2",
        ])
        let report = RejectsReport.csv(for: list).split(separator: "\n").map(String.init)
        #expect(report == [
            "file,line,reason,name", "a.csv,5,empty,",
            "b.txt,3,duplicate of a.csv:2,ada lovelace", "b.txt,4,duplicate of a.csv:3,Grace Hopper",
            "b.txt,6,duplicate of line 2,Katherine Johnson",
        ])
    }

    @Test func eachFilesRowsPrintedDuplicatesAndRejectedAddUp() throws {
        let list = try merged(options: SignatoryOptions(detailColumns: []))
        #expect(list.files == [
            SignatoryFileCounts(file: "a.csv", rows: 4, printed: 3, duplicates: 0, rejected: 1),
            SignatoryFileCounts(file: "b.txt", rows: 4, printed: 1, duplicates: 3, rejected: 0),
        ])
        #expect(list.inputRows == 8)
        let summary = list.summary(rejectsFile: "r.csv").split(separator: "\n").map(String.init)
        #expect(summary == [
            "8 rows: 4 printed, 3 duplicates, 1 rejected (see r.csv)",
            "  a.csv: 4 rows: 3 printed, 1 rejected",
            "  b.txt: 4 rows: 1 printed, 3 duplicates",
        ])
    }
}
