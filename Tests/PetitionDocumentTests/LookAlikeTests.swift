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

    /// Texts whose combining marks reorder in NFKD, decompose to marks, or start with a mark:
    /// the fast builder must agree with the definition on each.
    @Test func skeletonBuilderAgreesWithTheDefinition() {
        let texts = [
            "", "Maria Silva", "mM1Il|0O", "\u{041C}\u{0430}ria", "Αθήνα", "Ελλάδα", "ΟΔΟΣ ΣΑΣ", "İstanbul", "ǅemal", "ﬁnn",
            "राहुल वर्मा", "क़\u{094D}\u{200D}ष", "ड़ढ़", "张伟", "김민준", "Nguyễn Thị Ánh", "e\u{0323}\u{0302}", "e\u{0302}\u{0323}",
            "a\u{0316}\u{0301}", "a\u{0301}\u{0316}", "\u{0301}\u{0302}x", "\u{0F73}\u{0F71}", "a\u{0344}b", "\u{212A}elvin",
            "محمد عَلِيّ", "بَّ", "שָׁלוֹם", "\u{FF2A}\u{FF41}\u{FF4E}\u{FF45}", "Z" + String(repeating: "\u{0336}", count: 12),
            "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "\u{10000}\u{10001}", "Å\u{0328}", "ſtraße", "ǈ\u{0308}",
        ]
        var builder = SkeletonBuilder()
        for text in texts {
            var bytes: [UInt8] = []
            builder.append(formOf: text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == ConfusableSkeleton.skeleton(text), "\(text)")
            #expect(bytes == Array(ConfusableSkeleton.skeleton(text).utf8), "\(text)")
        }
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
