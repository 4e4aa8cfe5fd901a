import Diagnostics
import Foundation
import Testing
@testable import PetitionDocument

/// Damaged signatory files: bad rows are rejected one by one and reading goes on.
struct SignatoryRecoveryTests {
    @Test func invalidUTF8RowIsRejectedAndTheNextRowsRead() throws {
        let head = "Name,Country\nJane,UK\nJos"
        let data = bytes([.text(head), .raw([0xE9]), .text(",France\nOmar,Egypt\n")])
        let list = try SignatoryReader.read(data, file: "s.csv")
        #expect(list.signatories.map(\.name) == ["Jane", "Omar"])
        #expect(list.signatories.last?.line == 4)
        #expect(list.rejected == [RejectedRow(line: 3, reason: "invalid UTF-8 at byte offset \(head.utf8.count)")])
        #expect(list.inputRows == 3)
    }

    @Test func unterminatedQuoteCostsOneRow() throws {
        let list = try readSignatories("""
            Name,Organisation
            Jane,Amnesty
            "Omar,Human Rights Watch
            Ana,Conectas
            Li,Open Society
            """)
        #expect(list.signatories.map(\.name) == ["Jane", "Ana", "Li"])
        #expect(list.signatories.map(\.line) == [2, 4, 5])
        #expect(list.rejected.map(\.line) == [3])
        #expect(list.rejected.first?.reason.contains("unterminated") == true)
        #expect(list.inputRows == 4)
    }

    @Test func strayQuoteSwallowingALineEndCostsOneRow() throws {
        // The stray quote on line 3 closes at the first quote of line 4, followed by text.
        let list = try readSignatories("Name,Organisation\nJane,Amnesty\n\"Omar,HRW\nAna,\"Conectas\"\nLi,OSF\n")
        #expect(list.signatories.map(\.name) == ["Jane", "Ana", "Li"])
        #expect(list.rejected.map(\.line) == [3])
        #expect(list.rejected.first?.reason.contains("line 4") == true)
    }

    @Test func quotedFieldSpanningLinesIsNotARecovery() throws {
        let list = try readSignatories("Name,Organisation\n\"Jane\nSmith\",Amnesty\nOmar,HRW\n")
        #expect(list.signatories.map(\.name) == ["Jane Smith", "Omar"])
        #expect(list.signatories.map(\.line) == [2, 4])
        #expect(list.rejected.isEmpty)
    }

    @Test func textAfterAClosingQuoteOnTheSameLineIsKept() throws {
        let list = try readSignatories("Name,Organisation\n\"Dr\" Ruth,Clinic\n")
        #expect(list.signatories == [Signatory(name: "Dr Ruth", organisation: "Clinic", line: 2)])
    }

    @Test func nulBytesNearTheStartMeanABinaryFile() {
        let error = #expect(throws: InputError.self) {
            try SignatoryReader.read(bytes([.text("PK"), .raw([0x03, 0x04, 0x00, 0x00]), .text("Name,Org")]), file: "s.xlsx")
        }
        #expect(error?.location == nil)
        #expect(error?.message.contains("binary file") == true)
    }

    @Test func nulByteLaterRejectsOnlyItsRow() throws {
        let padding = (1...SignatoryReader.binaryCheckLength / 4).map { "Name \($0)\n" }.joined()
        let data = bytes([.text("Name,Org\n" + padding + "Bad"), .raw([0x00]), .text(",X\nGood,Y\n")])
        let list = try SignatoryReader.read(data, file: "s.csv")
        #expect(list.rejected.count == 1)
        #expect(list.rejected.first?.reason.hasPrefix("NUL byte") == true)
        #expect(list.signatories.last?.name == "Good")
    }

    @Test func aFewNULBytesNearTheStartRejectOnlyTheirRows() throws {
        let padding = (1...200).map { "Name \($0)\n" }.joined()
        let data = bytes([.text("Name,Org\nAnn"), .raw([0x00]), .text(",X\n" + padding + "Bad"), .raw([0x00]), .text(",Y\nGood,Z\n")])
        let list = try SignatoryReader.read(data, file: "s.csv")
        #expect(list.rejected.map(\.line) == [2, 203])
        #expect(list.signatories.count == 201)
    }

    @Test func everyRowIsCountedOnce() throws {
        let data = bytes([
            .text("Name,Organisation,City\nJane,A,B\n,,\n\"broken\n\nOmar,,\n,Only Org,\nX"), .raw([0xFF]),
            .text(",,\nAna,\"multi\nline\",Rio\n\"never closed,\n"),
        ])
        let list = try SignatoryReader.read(data, file: "s.csv")
        #expect(list.signatories.count + list.rejected.count == list.inputRows)
        #expect(list.signatories.map(\.name) == ["Jane", "Omar", "Only Org", "Ana"])
        #expect(list.rejected.map(\.line) == [3, 4, 8, 11])
        #expect(list.skippedBlankLines == 1)
    }
}
