import Foundation
import Testing
@testable import PetitionDocument

/// Signatory files that are one name per line.
struct NameListTests {
    @Test func oneNamePerLine() throws {
        let list = try readSignatories("Jane Smith\r\n\r\n  Omar   Khaled \n\nSmith, John\nAme\u{301}lie")
        #expect(list.format == .namePerLine)
        #expect(list.signatories == [
            Signatory(name: "Jane Smith", line: 1), Signatory(name: "Omar Khaled", line: 3),
            Signatory(name: "Smith, John", line: 5), Signatory(name: "Am\u{E9}lie", line: 6),
        ])
        #expect(list.skippedBlankLines == 2)
        #expect(list.inputRows == 4)
        #expect(list.headers.isEmpty)
    }

    @Test func aLoneNameHeaderIsNotASignatory() throws {
        let list = try readSignatories("\nName\nJane\nName\n")
        #expect(list.headers == ["Name"])
        #expect(list.signatories.map(\.name) == ["Jane", "Name"])
        #expect(list.inputRows == 2)
    }

    @Test func invalidLineIsRejectedAndReadingGoesOn() throws {
        let list = try SignatoryReader.read(bytes([.text("Jane\n"), .raw([0xC3]), .text("\nOmar\n")]), file: "names.txt")
        #expect(list.signatories.map(\.line) == [1, 3])
        #expect(list.rejected == [RejectedRow(line: 2, reason: "invalid UTF-8 at byte offset 5")])
    }

    @Test func commaWithoutKnownHeaderIsANameList() throws {
        let list = try readSignatories("Smith, Jane\nDoe, John\n")
        #expect(list.format == .namePerLine)
        #expect(list.signatories.map(\.name) == ["Smith, Jane", "Doe, John"])
    }
}
