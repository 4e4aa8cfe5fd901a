import Foundation
import Testing
@testable import PetitionDocument

/// Rows that look alike (UTS #39 skeleton, compatibility forms) are reported, not merged.
struct LookAlikeTests {
    @Test func skeletonsOfConfusableNamesAreEqual() {
        let same: [(String, String)] = [
            ("\u{041C}\u{0430}ria Silva", "Maria Silva"),      // Cyrillic М, а
            ("J\u{043E}hn Sm\u{0456}th", "John Smith"),        // Cyrillic о, і
            ("\u{FF2A}\u{FF41}\u{FF4E}\u{FF45}", "Jane"),       // full-width
            ("Iris", "lris"), ("Kim", "Kirn"), ("B0b", "Bob"),
        ]
        for (first, second) in same {
            #expect(ConfusableSkeleton.skeleton(first) == ConfusableSkeleton.skeleton(second), "\(first) / \(second)")
        }
        #expect(ConfusableSkeleton.skeleton("\u{0391}\u{03BD}na") != ConfusableSkeleton.skeleton("Ana"))  // Greek ν is v
        #expect(ConfusableSkeleton.skeleton("José") != ConfusableSkeleton.skeleton("Jose"))
        #expect(ConfusableSkeleton.skeleton("Анна") != ConfusableSkeleton.skeleton("Anna"))  // Cyrillic н is no n
    }

    @Test func lookAlikesAreReportedAndPrinted() throws {
        let csv = "Name,City\nMaria Silva,Lisbon\nJohn Smith,York\n\u{041C}\u{0430}ria Silva,Lisbon\n"
            + "\u{FF2A}ohn Smith,York\nMaria Silva,Porto\njohn smith,york\n"
        let options = SignatoryOptions(detailColumns: [.city])
        let processed = SignatoryProcessor.process(try SignatoryReader.read(Data(csv.utf8), file: "s.csv", options: options),
                                                   options: options)
        #expect(processed.entries.map(\.line) == [2, 3, 4, 5, 6])
        #expect(processed.duplicates.map(\.line) == [7])
        #expect(processed.lookAlikes == [
            DuplicateRow(line: 4, firstLine: 2, name: "\u{041C}\u{0430}ria Silva"),
            DuplicateRow(line: 5, firstLine: 3, name: "\u{FF2A}ohn Smith"),
        ])
        let report = RejectsReport.csv(for: processed)
        #expect(report.contains("4,looks like line 2 (printed; check by hand),\u{041C}\u{0430}ria Silva\n"))
        #expect(processed.printed + processed.removedDuplicates + processed.rejected.count == processed.inputRows)
    }

    @Test func decomposedAndComposedFormsAreExactDuplicates() throws {
        let csv = "Name\nJos\u{00E9}\nJose\u{0301}\n"
        let options = SignatoryOptions(detailColumns: [])
        let processed = SignatoryProcessor.process(try SignatoryReader.read(Data(csv.utf8), file: "s.csv"), options: options)
        #expect(processed.duplicates.map(\.line) == [3])
    }
}
