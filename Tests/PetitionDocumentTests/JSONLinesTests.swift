import Diagnostics
import Foundation
import Testing
@testable import PetitionDocument

/// Signatory files in JSON Lines.
struct JSONLinesTests {
    @Test func objectsWithSynonymKeysAndAMalformedLine() throws {
        let list = try readSignatories("""
            {"Full Name": "  Ana   Lima ", "Organization": "Conectas", "town": "São Paulo", "country": "Brazil"}
            {"first_name": "Jane", "last_name": "Smith", "zip": 12345}

            {"name": "Broken", "city": "Oslo"
            {"organisation": "Human Rights Watch", "country": null}
            ["not", "an", "object"]
            {"city": "Nowhere"}
            {"name": "Omar"}
            """, file: "s.jsonl")
        #expect(list.format == .jsonLines)
        #expect(list.signatories == [
            Signatory(name: "Ana Lima", organisation: "Conectas", city: "São Paulo", country: "Brazil", line: 1),
            Signatory(name: "Jane Smith", line: 2),
            Signatory(name: "Human Rights Watch", isOrganisation: true, line: 5),
            Signatory(name: "Omar", line: 8),
        ])
        #expect(list.rejected.map(\.line) == [4, 6, 7])
        #expect(list.rejected[0].reason.hasPrefix("malformed JSON"))
        #expect(list.rejected[2].reason == "empty")
        #expect(list.skippedBlankLines == 1)
        #expect(list.inputRows == 7)
    }

    @Test func numbersAndAskedColumnsAndGroupKey() throws {
        let text = "{\"name\": \"Jane\", \"zip\": 12345, \"Constituency\": \"North\"}\n"
        let options = SignatoryOptions(detailColumns: [.postcode], groupBy: "constituency")
        let list = try SignatoryReader.read(Data(text.utf8), file: "s.jsonl", options: options)
        #expect(list.signatories.first?[.postcode] == "12345")
        #expect(list.signatories.first.map { SignatoryProcessor.groupKey(of: $0, options: options) } == "North")
    }

    @Test func overrideKeyNeverSeenIsAnError() throws {
        let options = SignatoryOptions(columns: try ColumnOverrides(parsing: "name=Signer"))
        let error = #expect(throws: InputError.self) {
            try SignatoryReader.read(Data("{\"name\": \"Jane\"}\n".utf8), file: "s.jsonl", options: options)
        }
        #expect(error?.message.contains("'Signer'") == true)
    }

    @Test func overridesNameKeys() throws {
        let options = SignatoryOptions(columns: try ColumnOverrides(parsing: "name=Signer,city=Ort"))
        let text = "{\"Signer\": \"Jana\", \"Ort\": \"Graz\", \"city\": \"Wien\", \"name\": \"ignored\"}\n"
        let list = try SignatoryReader.read(Data(text.utf8), file: "s.jsonl", options: options)
        #expect(list.signatories == [Signatory(name: "Jana", city: "Graz", line: 1)])
    }
}
