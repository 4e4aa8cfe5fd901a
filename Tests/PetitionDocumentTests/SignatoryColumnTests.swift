import Diagnostics
import Foundation
import Testing
@testable import PetitionDocument

/// Column synonyms, the columns read only when asked for, and `--columns` overrides.
struct SignatoryColumnTests {
    @Test("header synonyms", arguments: [
        ("Full Name", SignatoryColumn.name), ("FIRST_NAME", .firstName), ("family-name", .lastName),
        ("Organization", .organisation), ("Town", .city), ("State", .region), ("ZIP", .postcode),
        ("Postal Code", .postcode), ("Signed At", .date), ("Comments", .comment), ("E-mail", .email),
        ("Telephone", .phone), ("Mobile", .phone), ("Address", .street), ("country", .country),
    ] as [(String, SignatoryColumn)])
    func synonym(header: String, column: SignatoryColumn) {
        #expect(SignatoryColumn(header: header) == column)
    }

    @Test func contactColumnsAreReadOnlyWhenAsked() throws {
        let text = "Name,Email,Phone,Street,State\nJane,jane@example.org,555,1 Main St,Ohio\n"
        let plain = try readSignatories(text)
        #expect(plain.signatories.first?[.email] == "")
        #expect(plain.signatories.first?[.region] == "")

        let asked = try SignatoryReader.read(Data(text.utf8), file: "s.csv",
                                             options: SignatoryOptions(detailColumns: [.email, .region]))
        let jane = try #require(asked.signatories.first)
        #expect(jane[.email] == "jane@example.org")
        #expect(jane[.region] == "Ohio")
        #expect(jane[.phone] == "")
        #expect(jane[.street] == "")
        #expect(jane.details([.email, .region]) == "jane@example.org, Ohio")
    }

    @Test func askedColumnsAreStoredInAnyOrder() {
        var signatory = Signatory(name: "Jane Smith", line: 1)
        signatory[.street] = "1 Main St"
        signatory[.email] = "jane@example.org"
        signatory[.region] = "Ohio"
        #expect(signatory.details([.region, .email, .street]) == "Ohio, jane@example.org, 1 Main St")
        signatory[.email] = ""
        signatory[.region] = "Utah"
        #expect(signatory[.email] == "")
        #expect(signatory.details([.region, .email, .street]) == "Utah, 1 Main St")
        #expect(signatory[.lastName] == "Smith")
        #expect(signatory[.firstName] == "Jane")
        #expect(signatory != Signatory(name: "Jane Smith", line: 1))
        signatory[.region] = ""
        signatory[.street] = ""
        #expect(signatory == Signatory(name: "Jane Smith", line: 1))
    }

    @Test func overridesMapHeadersThatHaveNoSynonym() throws {
        let overrides = try ColumnOverrides(parsing: "name=Unterzeichner, city = Wohnort ,title=")
        let options = SignatoryOptions(columns: overrides)
        let list = try SignatoryReader.read(Data("Unterzeichner;Wohnort;Title;City\nJana;Graz;Dr;Wien\n".utf8),
                                            file: "s.csv", options: options)
        #expect(list.format == .csv(delimiter: ";"))
        #expect(list.signatories == [Signatory(name: "Jana", city: "Graz", line: 2)])
    }

    @Test func quotedHeaderInOverrides() throws {
        let overrides = try ColumnOverrides(parsing: "name=\"Name, as signed\"")
        #expect(overrides.assignments == [.init(column: .name, header: "Name, as signed")])
        let list = try SignatoryReader.read(Data("\"Name, as signed\",Town\nOmar,Cairo\n".utf8), file: "s.csv",
                                            options: SignatoryOptions(columns: overrides))
        #expect(list.signatories.map(\.name) == ["Omar"])
        #expect(list.signatories.map(\.city) == ["Cairo"])
    }

    @Test func unknownFieldIsNamed() {
        #expect(throws: ColumnOverrides.ParseError.self) { try ColumnOverrides(parsing: "nmae=Full Name") }
        do {
            _ = try ColumnOverrides(parsing: "city=Town,nmae=Full Name")
        } catch {
            #expect(error.message.contains("unknown field 'nmae'"))
            #expect(error.message.contains("first-name"))
        }
        #expect(throws: ColumnOverrides.ParseError(message: "--columns: 'name' is not field=Header")) {
            try ColumnOverrides(parsing: "name")
        }
        #expect(throws: ColumnOverrides.ParseError(message: "--columns: field 'city' is given twice")) {
            try ColumnOverrides(parsing: "city=Town,town=City")
        }
    }

    @Test func unknownHeaderIsNamedWithTheHeadersFound() throws {
        let options = SignatoryOptions(columns: try ColumnOverrides(parsing: "name=Full Nme"))
        let error = #expect(throws: InputError.self) {
            try SignatoryReader.read(Data("Full Name,City\nJane,Oslo\n".utf8), file: "s.csv", options: options)
        }
        #expect(error?.location == SourceLocation(file: "s.csv", line: 1, column: 1))
        #expect(error?.message.contains("'Full Nme'") == true)
        #expect(error?.message.contains("'Full Name', 'City'") == true)
    }

    @Test func groupingByAColumnTheFileLacksIsAnError() {
        let error = #expect(throws: InputError.self) {
            try SignatoryReader.read(Data("Name,City\nJane,Oslo\n".utf8), file: "s.csv",
                                     options: SignatoryOptions(groupBy: "Region"))
        }
        #expect(error?.message.contains("cannot group by 'Region'") == true)
    }

    @Test func overridesOrGroupingNeedAHeaderRow() throws {
        let names = Data("Unterzeichner;Wohnort\nJana;Graz\n".utf8)
        let options = SignatoryOptions(columns: try ColumnOverrides(parsing: "name=Unterzeichnr"))
        let error = #expect(throws: InputError.self) { try SignatoryReader.read(names, file: "s.csv", options: options) }
        #expect(error?.message.contains("'Unterzeichnr'") == true)
        #expect(throws: InputError.self) {
            try SignatoryReader.read(Data("Jana\nOmar\n".utf8), file: "s.txt", options: SignatoryOptions(groupBy: "country"))
        }
    }
}
