import Foundation
import TestResources
import Testing
@testable import PetitionDocument

/// The duplicate and look-alike searches run at once on a long list give exactly what one after
/// the other gives.
struct RepeatedRowsTests {
    @Test func searchingOnTwoThreadsAgreesWithOneAfterTheOther() {
        var random = SeededGenerator(seed: 1914)
        let given = ["Maria", "John", "Olga", "Iris", "Kim", "Bob", "Анна"]
        let family = ["Silva", "Smith", "Ivanova", "Lee", "Okafor"]
        let lookAlike: [String: String] = ["Maria": "\u{041C}\u{0430}ria", "John": "J\u{043E}hn", "Iris": "lris", "Kim": "Kirn", "Bob": "B0b"]
        var rows: [Signatory] = []
        for line in 2..<20_002 {
            var name = given.randomElement(using: &random)! + " " + family.randomElement(using: &random)!
                + " \(Int.random(in: 0..<60, using: &random))"
            if Bool.random(using: &random), let first = name.split(separator: " ").first, let other = lookAlike[String(first)] {
                name = other + name.dropFirst(first.count)
            }
            if Int.random(in: 0..<10, using: &random) == 0 { name = name.uppercased() }
            rows.append(Signatory(name: name, city: ["Lisbon", "York", "Kyiv"].randomElement(using: &random)!, line: line))
        }
        let fileName: (Signatory) -> String = { _ in "s.csv" }
        let together = RepeatedRows(SignatoryArray(rows), columns: [.city], fileName: fileName, rowsWorthASecondThread: 0)
        let inTurn = RepeatedRows(SignatoryArray(rows), columns: [.city], fileName: fileName, rowsWorthASecondThread: .max)
        #expect(together.duplicates == inTurn.duplicates)
        #expect(together.lookAlikes == inTurn.lookAlikes)
        #expect(together.isDuplicate == inTurn.isDuplicate)
        #expect(inTurn.duplicates.count > 1000 && inTurn.lookAlikes.count > 1000)
        // Duplicates are never also reported as looking alike.
        #expect(Set(inTurn.duplicates.map(\.line)).isDisjoint(with: inTurn.lookAlikes.map(\.line)))
    }
}
