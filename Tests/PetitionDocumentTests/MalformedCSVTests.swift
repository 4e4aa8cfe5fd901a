import Foundation
import Testing
@testable import PetitionDocument

/// Malformed CSV beyond broken quotes.
struct MalformedCSVTests {
    @Test func repeatedHeaderRowIsRejectedAndReadingGoesOn() throws {
        let list = try SignatoryReader.read(Data("Name,City\nAna,Rio\nNAME, city \nLi,Oslo\n".utf8), file: "s.csv")
        #expect(list.signatories.map(\.name) == ["Ana", "Li"])
        #expect(list.rejected == [RejectedRow(line: 3, reason: "repeated header row")])
    }

    /// Headers in other scripts, and repeats that differ only by case, padding or composition.
    @Test func repeatedHeaderIsFoundInAnyScriptAndForm() throws {
        let csv = "Имя,Πόλη\nАнна,Αθήνα\n  ИМЯ ,ΠΌΛΗ\nИмя,Πο\u{0301}λη\nИмяя,Πόλη\n"
        let list = try SignatoryReader.read(Data(csv.utf8), file: "s.csv", options: SignatoryOptions(columns: try ColumnOverrides(parsing: "name=Имя")))
        #expect(list.signatories.map(\.line) == [2, 5])
        #expect(list.rejected.map(\.line) == [3, 4])
    }

    @Test func raggedRowsAndNulBytesCostOnlyTheirRow() throws {
        let csv = "Name,City,Country\n" + String(repeating: "Pad,P,P\n", count: 1100)
            + "Short\nLong,a,b,c,d\nN\u{0}ul,x,y\n\"open,x\nAfter,y,z\n"
        let list = try SignatoryReader.read(Data(csv.utf8), file: "s.csv")
        #expect(list.signatories.suffix(3).map(\.name) == ["Short", "Long", "After"])
        #expect(list.rejected.map(\.line) == [1104, 1105])
        #expect(list.signatories.count + list.rejected.count == list.inputRows)
    }
}
