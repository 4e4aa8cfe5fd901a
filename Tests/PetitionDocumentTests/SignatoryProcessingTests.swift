import Foundation
import Testing
@testable import PetitionDocument

/// Duplicates, privacy presets, the counts that account for every row, and the summary.
struct SignatoryProcessingTests {
    static let mixed = bytes([
        .text("Name,Organisation,City,Country,Street\n"),
        .text("Maria García,Amnesty,Madrid,Spain,Calle 1\n"),
        .text("  maria   GARCÍA ,amnesty,MADRID,spain,Calle 2\n"),           // duplicate of line 2
        .text("Mari\u{61}\u{301} Okafor,,Lagos,Nigeria,\n"),
        .text("Mari\u{E1} Okafor,,Lagos,Nigeria,\n"),                         // NFC duplicate of line 4
        .text(",,,,\n"),                                                       // empty
        .text("Bad"), .raw([0xFF]), .text(",,,,\n"),                           // invalid UTF-8
        .text("\"Never closed,,,,\n"),                                         // broken quote: cost one row
        .text("Jan van der Berg,,Utrecht,Netherlands,\n"),
        .text(",Human Rights Watch,,USA,\n"),
    ])

    @Test func everyRowIsPrintedOrReported() throws {
        let list = try SignatoryReader.read(Self.mixed, file: "s.csv")
        for privacy in PrivacyPreset.allCases {
            let processed = SignatoryProcessor.process(list, options: SignatoryOptions(privacy: privacy))
            #expect(processed.inputRows == 9)
            #expect(processed.printed + processed.removedDuplicates + processed.rejected.count
                    + processed.hiddenCount == processed.inputRows)
            #expect(processed.duplicates == [DuplicateRow(line: 3, firstLine: 2, name: "maria GARCÍA"),
                                             DuplicateRow(line: 5, firstLine: 4, name: "Mari\u{E1} Okafor")])
            #expect(processed.rejected.map(\.line) == [6, 7, 8])
        }
    }

    @Test func duplicatesCanBeKept() throws {
        let list = try SignatoryReader.read(Self.mixed, file: "s.csv")
        let processed = SignatoryProcessor.process(list, options: SignatoryOptions(keepDuplicates: true))
        #expect(processed.printed == 6)
        #expect(processed.removedDuplicates == 0)
        #expect(processed.duplicates.count == 2)
        #expect(processed.summary(rejectsFile: "rejects.csv")
                == "9 rows: 6 printed, 2 duplicates (printed), 3 rejected (see rejects.csv)")
    }

    @Test func readingWarningsAreCarriedThrough() throws {
        let list = try readSignatories("Name,City\nJane,Oslo,extra\n")
        let processed = SignatoryProcessor.process(list, options: SignatoryOptions())
        #expect(processed.warnings == list.warnings)
        #expect(processed.warnings.count == 1)
    }

    @Test func rowsThatDifferInADetailAreNotDuplicates() throws {
        let list = try readSignatories("Name,City\nJane Smith,Oslo\nJane Smith,Bergen\nJANE SMITH,oslo\n")
        let processed = SignatoryProcessor.process(list, options: SignatoryOptions())
        #expect(processed.entries.map(\.city) == ["Oslo", "Bergen"])
        #expect(processed.duplicates.map(\.firstLine) == [2])
    }

    @Test func summaryCountsWithThousands() throws {
        let rows = (1...1200).map { "Person \($0 % 1100)\n" }.joined()
        let processed = SignatoryProcessor.process(try readSignatories(rows), options: SignatoryOptions())
        #expect(processed.summary(rejectsFile: "rejects.csv") == "1,200 rows: 1,100 printed, 100 duplicates (see rejects.csv)")
        let hidden = SignatoryProcessor.process(try readSignatories(rows), options: SignatoryOptions(privacy: .hidden))
        #expect(hidden.summary() == "1,200 rows: 0 printed, 1,100 hidden, 100 duplicates")
    }

    @Test func privacyPresets() throws {
        let detailColumns: [SignatoryColumn] = [.organisation, .street, .postcode, .city, .country]
        let list = try SignatoryReader.read(Data("""
            Name,Organisation,City,Country,Street,Postcode
            Maria García López,Amnesty,Madrid,Spain,Calle Mayor 1,28013
            Jan van der Berg,,Utrecht,Netherlands,Oudegracht 5,3511
            "García, Maria",,,,,
            Prince,,,,,
            ,Human Rights Watch,New York,USA,,
            """.utf8), file: "s.csv", options: SignatoryOptions(detailColumns: detailColumns))
        func printed(_ privacy: PrivacyPreset) -> [String] {
            let options = SignatoryOptions(detailColumns: detailColumns, privacy: privacy)
            let processed = SignatoryProcessor.process(list, options: options)
            return processed.entries.map { $0.name + " | " + $0.details(options.detailColumns) }
        }
        #expect(printed(.full)[0] == "Maria García López | Amnesty, Calle Mayor 1, 28013, Madrid, Spain")
        #expect(printed(.initial) == [
            "Maria García L. | Amnesty, Calle Mayor 1, 28013, Madrid, Spain",
            "Jan V. | Oudegracht 5, 3511, Utrecht, Netherlands",
            "Maria G. | ", "Prince | ", "Human Rights Watch | New York, USA",
        ])
        #expect(printed(.cityOnly) == [
            "Maria García López | Amnesty, Madrid, Spain", "Jan van der Berg | Utrecht, Netherlands",
            "García, Maria | ", "Prince | ", "Human Rights Watch | New York, USA",
        ])
        #expect(printed(.anonymous) == Array(repeating: "Anonymous | ", count: 5))
        #expect(printed(.hidden).isEmpty)
        let hidden = SignatoryProcessor.process(list, options: SignatoryOptions(privacy: .hidden))
        #expect(hidden.hiddenCount == 5)
        #expect(hidden.digest == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")  // SHA-256 of nothing (FIPS 180-4)
    }

    @Test func surnameRule() {
        #expect(SurnameRule.split("Jan van der Berg") == ("Jan", "van der Berg"))
        #expect(SurnameRule.split("Maria de la Cruz") == ("Maria", "de la Cruz"))
        #expect(SurnameRule.split("Jean-Luc Van der Berg") == ("Jean-Luc", "Van der Berg"))
        #expect(SurnameRule.split("Ana da Silva") == ("Ana", "da Silva"))
        #expect(SurnameRule.split("García, Maria") == ("Maria", "García"))
        #expect(SurnameRule.split("Martin Luther King, Jr.") == ("Martin Luther", "King"))
        #expect(SurnameRule.split("Van Morrison") == ("Van", "Morrison"))
        #expect(SurnameRule.split("王伟") == ("", "王伟"))
        #expect(SurnameRule.initialised("Ana da Silva") == "Ana D.")
        #expect(SurnameRule.initialised("Prince") == "Prince")
    }
}

/// What duplicates are compared on under the privacy presets.
struct DuplicatePrivacyTests {
    static let text = "Name,City,Street\nJane Smith,Oslo,Storgata 1\nJane Smith,Oslo,Storgata 2\nJane Smith,Bergen,\n"

    private func duplicateLines(_ privacy: PrivacyPreset) throws -> [Int] {
        let options = SignatoryOptions(detailColumns: [.city, .street], privacy: privacy)
        let list = try SignatoryReader.read(Data(Self.text.utf8), file: "s.csv", options: options)
        return SignatoryProcessor.process(list, options: options).duplicates.map(\.line)
    }

    @Test func cityOnlyComparesWithoutTheStreet() throws {
        #expect(try duplicateLines(.full) == [])
        #expect(try duplicateLines(.cityOnly) == [3])
    }

    @Test func anonymousStillTellsDifferentPeopleApart() throws {
        #expect(try duplicateLines(.anonymous) == [])
        #expect(try duplicateLines(.hidden) == [])
    }

    @Test func organisationSigningInItsOwnNameGroupsUnderItself() throws {
        let options = SignatoryOptions(groupBy: "organisation")
        let list = try readSignatories("Name,Organisation\nJane,Amnesty\n,Amnesty\n,HRW\nOmar,\n")
        let processed = SignatoryProcessor.process(list, options: options)
        #expect(processed.groups.map(\.name) == ["Amnesty", "HRW", "Other"])
        #expect(processed.groups.map(\.range) == [0..<2, 2..<3, 3..<4])
    }
}
