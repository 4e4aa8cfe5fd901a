import Foundation
import Testing
@testable import PetitionDocument

/// Rows with the same details share one `SignatoryDetails`, without changing what is read or
/// reported.
struct DetailsSharingTests {
    @Test func csvRowsWithTheSameDetailsShareThem() throws {
        let csv = "Name,Organisation,City\nAna,Oxfam,Oslo\nBo,Oxfam,Oslo\n,Oxfam,Oslo\nCy,Oxfam, Oslo \n"
        let rows = try SignatoryReader.read(Data(csv.utf8), file: "s.csv").signatories
        #expect(rows.map(\.name) == ["Ana", "Bo", "Oxfam", "Cy"])
        #expect(rows[0].sharedDetails.isShared(with: rows[1].sharedDetails))
        #expect(rows[2].isOrganisation && rows[2].organisation.isEmpty && rows[2].city == "Oslo")
        #expect(rows[3].details == rows[0].details)
    }

    @Test func detailsThatNeededSanitisingAreReportedOnEveryRow() throws {
        let csv = "Name,Organisation\nAna,\u{202E}Oxfam\nBo,\u{202E}Oxfam\n"
        let list = try SignatoryReader.read(Data(csv.utf8), file: "s.csv")
        #expect(list.signatories.map(\.organisation) == ["Oxfam", "Oxfam"])
        #expect(list.warnings.map(\.location?.line) == [2, 3])
    }

    @Test func jsonLinesRowsWithTheSameDetailsShareThem() throws {
        let jsonl = "{\"name\": \"Ana\", \"city\": \"Oslo\"}\n{\"name\": \"Bo\", \"city\": \"Oslo\"}\n{\"name\": \"Cy\"}\n{\"name\": \"Di\"}\n"
        let rows = try SignatoryReader.read(Data(jsonl.utf8), file: "s.jsonl").signatories
        #expect(rows[0].sharedDetails.isShared(with: rows[1].sharedDetails))
        #expect(rows[2].sharedDetails.isEmpty && rows[2].sharedDetails.isShared(with: rows[3].sharedDetails))
    }
}
