import Foundation
import Testing
@testable import PetitionDocument

/// A large generated file, to show that every row is read and counted (not timed).
struct SignatoryVolumeTests {
    @Test func hundredThousandRows() throws {
        let rowCount = 100_000
        var text = "Name,Organisation,City,Country\n"
        text.reserveCapacity(rowCount * 48)
        for index in 1...rowCount {
            switch index % 1000 {
            case 0: text += ",,,\n"
            case 500: text += "\"Quoted, Person \(index)\",\"Org \"\"\(index)\"\"\",Zürich,Switzerland\n"
            default: text += "Person \(index),Organisation \(index % 97),City \(index % 13),Country\n"
            }
        }
        let list = try readSignatories(text)
        #expect(list.inputRows == rowCount)
        #expect(list.rejected.count == rowCount / 1000)
        #expect(list.signatories.count == rowCount - rowCount / 1000)
        #expect(list.signatories.count + list.rejected.count == list.inputRows)
        #expect(list.signatories.last == Signatory(name: "Person 99999", organisation: "Organisation 89",
                                                   city: "City 3", country: "Country", line: 100_000))
        let quoted = list.signatories.first { $0.line == 501 }
        #expect(quoted == Signatory(name: "Quoted, Person 500", organisation: "Org \"500\"", city: "Zürich",
                                    country: "Switzerland", line: 501))
    }
}
