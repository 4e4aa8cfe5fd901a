import Diagnostics
import Testing
@testable import PetitionDocument

/// Signatory files that are CSV with a header row.
struct CSVSignatoryTests {
    @Test func quotedFieldsHoldDelimitersQuotesAndLineEnds() throws {
        let list = try readSignatories("""
            Name,Organisation,City,Country
            "Smith, Jane","The ""Open"" Society",London,United Kingdom
            "Ana
            Lima",Conectas,"São Paulo",Brazil
            Omar,"Line one\r\nline two",,
            """)
        #expect(list.format == .csv(delimiter: ","))
        #expect(list.signatories == [
            Signatory(name: "Smith, Jane", organisation: "The \"Open\" Society", city: "London",
                      country: "United Kingdom", line: 2),
            Signatory(name: "Ana Lima", organisation: "Conectas", city: "São Paulo", country: "Brazil", line: 3),
            Signatory(name: "Omar", organisation: "Line one line two", line: 5),
        ])
        #expect(list.rejected.isEmpty)
        #expect(list.inputRows == 3)
    }

    @Test("semicolon and tab delimiters", arguments: [";", "\t"])
    func otherDelimiters(delimiter: String) throws {
        let rows = [["Name", "Organisation"], ["Jane Smith", "Amnesty, UK"], ["Omar", "HRW"]]
        let text = rows.map { $0.joined(separator: delimiter) }.joined(separator: "\r\n")
        let list = try readSignatories(text)
        #expect(list.format == .csv(delimiter: Character(delimiter)))
        #expect(list.signatories.map(\.name) == ["Jane Smith", "Omar"])
        #expect(list.signatories.map(\.organisation) == ["Amnesty, UK", "HRW"])
    }

    @Test func headerSynonymsAnyCaseAndSpelling() throws {
        let list = try readSignatories("""
             SIGNATORY , Affiliation,Role,Town,country,Email
            Jane Smith,Amnesty,Director,London,UK,jane@example.org
            """)
        #expect(list.headers == ["SIGNATORY", "Affiliation", "Role", "Town", "country", "Email"])
        #expect(list.signatories == [Signatory(name: "Jane Smith", title: "Director", organisation: "Amnesty",
                                               city: "London", country: "UK", line: 2)])
        #expect(list.signatories[0].details == "Director, Amnesty, London, UK")
    }

    @Test func firstAndLastNamesAreCombined() throws {
        let list = try readSignatories("""
            given_name,Family-Name,org
            Jane,Smith,Amnesty
            ,Mandela,
            Prince,,
            """)
        #expect(list.signatories.map(\.name) == ["Jane Smith", "Mandela", "Prince"])
        #expect(list.signatories[0].details == "Amnesty")
    }

    @Test func organisationOnlyRowSignsAsTheOrganisation() throws {
        let list = try readSignatories("name,organization,country\n,Human Rights Watch,USA\n")
        #expect(list.signatories == [Signatory(name: "Human Rights Watch", country: "USA", isOrganisation: true, line: 2)])
        #expect(list.signatories[0].details == "USA")
    }

    @Test func emptyRowsAreRejectedAndBlankLinesSkipped() throws {
        let list = try readSignatories("Name,Organisation,City\nJane,,\n,,Paris\n\n   \n \t , \nOmar,,\n")
        #expect(list.signatories.map(\.line) == [2, 7])
        #expect(list.rejected == [RejectedRow(line: 3, reason: "empty"), RejectedRow(line: 6, reason: "empty")])
        #expect(list.skippedBlankLines == 2)
        #expect(list.inputRows == 4)
    }

    @Test func whitespaceIsTrimmedFoldedAndNFC() throws {
        let list = try readSignatories("Name,City\n  Ame\u{301}lie \t  Poulain\u{3000},  Saint\u{A0}Denis \n")
        #expect(list.signatories.first?.name == "Am\u{E9}lie Poulain")
        #expect(list.signatories.first?.city == "Saint\u{A0}Denis")
    }

    @Test func extraFieldsAreIgnoredAndNoted() throws {
        let list = try readSignatories("Name,Country\nJane,UK,extra\nOmar,Egypt,\nAna,Brazil,x,y\n")
        #expect(list.signatories.map(\.country) == ["UK", "Egypt", "Brazil"])
        #expect(list.rowsWithExtraFields == [2, 4])
        #expect(list.warnings.count == 1)
        #expect(list.warnings.first?.location == SourceLocation(file: "signatories.csv", line: 2, column: 1))
        #expect(list.warnings.first?.message.contains("2 rows have more fields") == true)
    }

    @Test func missingTrailingFieldsAreEmpty() throws {
        let list = try readSignatories("Name,Organisation,City,Country\nJane\n")
        #expect(list.signatories == [Signatory(name: "Jane", line: 2)])
    }

    @Test func byteOrderMarkAndLeadingBlankLines() throws {
        let list = try SignatoryReader.read(bytes([.raw([0xEF, 0xBB, 0xBF]), .text("\n\nName;Org\nJane;A\n")]), file: "s.csv")
        #expect(list.format == .csv(delimiter: ";"))
        #expect(list.headers == ["Name", "Org"])
        #expect(list.signatories == [Signatory(name: "Jane", organisation: "A", line: 4)])
        #expect(list.skippedBlankLines == 2)
    }

    @Test func theDelimiterNamingMostColumnsWins() throws {
        let list = try readSignatories("Name;Organisation, Inc;City\nJane;Acme, Inc;Oslo\n")
        #expect(list.format == .csv(delimiter: ";"))
        #expect(list.signatories.first?.city == "Oslo")
    }

    @Test func headerWithoutAnIdentifyingColumnIsAnError() {
        let error = #expect(throws: InputError.self) {
            try readSignatories("City,Country,Email\nLondon,UK,a@example.org\n")
        }
        #expect(error?.location == SourceLocation(file: "signatories.csv", line: 1, column: 1))
        #expect(error?.message.contains("'City', 'Country', 'Email'") == true)
    }
}
