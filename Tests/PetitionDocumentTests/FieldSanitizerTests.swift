import Diagnostics
import Foundation
import Testing
@testable import PetitionDocument

/// The field sanitiser: what it removes, what it keeps, and how it reports.
struct FieldSanitizerTests {
    private func clean(_ text: String) -> String { FieldSanitizer.sanitize(text).text }

    @Test func bidiControlsAreRemovedAndNamed() {
        let (text, findings) = FieldSanitizer.sanitize("Ann\u{202E}a Smith\u{202C} \u{2067}x\u{2069}")
        #expect(text == "Anna Smith x")
        #expect(findings.removed[.bidiControl] == ["\u{202E}", "\u{202C}", "\u{2067}", "\u{2069}"])
        #expect(SanitizingLog.describe(findings) == "removed bidi controls U+202E, U+202C, U+2067, U+2069")
    }

    @Test func invisibleAndControlCharactersAreRemoved() {
        #expect(clean("\u{FEFF}Jo\u{200B}hn\u{2060} Do\u{0007}e\u{0085}") == "John Doe")
        #expect(clean("Li\u{009B}u") == "Liu")
        #expect(clean("Jo\u{00AD}hn \u{2800}\u{3164}") == "John")
        #expect(clean("Mar\u{E0041}\u{E0042}ta") == "Marta")
        #expect(clean("\u{200B}\u{2060}") == "")
        #expect(clean("\u{00A0}\u{202F}") == "")
    }

    @Test func lineSeparatorsBecomeOneSpace() {
        let (text, findings) = FieldSanitizer.sanitize("Anna\u{2028}Smith\u{2029} Jr")
        #expect(text == "Anna Smith Jr")
        #expect(SanitizingLog.describe(findings) == "replaced by a space line separators U+2028, U+2029")
    }

    @Test func joinersStayWhereTheyMeanSomething() {
        let persian = "\u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645}"  // می‌خواهم
        #expect(clean(persian) == persian)
        let devanagari = "\u{0915}\u{094D}\u{200D}\u{0937}"  // conjunct with ZWJ
        #expect(clean(devanagari) == devanagari)
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        #expect(clean(family) == family)
        let (latin, findings) = FieldSanitizer.sanitize("Pa\u{200D}ul O\u{200C}tto")
        #expect(latin == "Paul Otto")
        #expect(findings.removed[.latinJoiner] == ["\u{200D}", "\u{200C}"])
    }

    @Test func emojiFlagsAndTagSequencesAreKept() {
        let england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"
        #expect(clean("Sam " + england) == "Sam " + england)
        #expect(clean("Kim \u{1F1F0}\u{1F1F7}") == "Kim \u{1F1F0}\u{1F1F7}")
    }

    @Test func combiningMarksAreCappedPerLetter() {
        let zalgo = "Z" + String(repeating: "\u{0336}", count: 300) + "oe"
        let (text, findings) = FieldSanitizer.sanitize(zalgo)
        #expect(text.unicodeScalars.count == 1 + CharacterPolicy.maximumMarksPerLetter + 2)
        #expect(findings.removed[.excessMark] == ["\u{0336}"])
        #expect(clean("Nguyễn Thị Ánh") == "Nguyễn Thị Ánh")
    }

    @Test func longFieldsAreCutWithAnEllipsis() {
        let (text, findings) = FieldSanitizer.sanitize(String(repeating: "Name ", count: 1000))
        #expect(text.count == FieldSanitizer.maximumCharacters)
        #expect(text.hasSuffix("Name…"))
        #expect(findings.cutFromLength == 5000)
    }

    @Test func plainTextIsUntouched() {
        for name in ["Jane Doe", "José Ramírez", "محمد علي", "李小龍", "O'Brien-Smith"] {
            #expect(FieldSanitizer.sanitize(name).findings.isEmpty)
            #expect(clean(name) == name)
        }
    }

    @Test func readersReportEachSanitisedFieldWithItsLine() throws {
        let csv = "Name,City\nJane,Oslo\n\"Ev\u{202E}il\",Ber\u{200B}lin\nB\u{0001}ob,Rome\n"
        let list = try SignatoryReader.read(Data(csv.utf8), file: "s.csv")
        #expect(list.signatories.map(\.name) == ["Jane", "Evil", "Bob"])
        #expect(list.signatories.map(\.city) == ["Oslo", "Berlin", "Rome"])
        #expect(list.warnings.map(\.description) == [
            "s.csv:3:1: warning: name: removed bidi control U+202E",
            "s.csv:3:1: warning: city: removed invisible character U+200B",
            "s.csv:4:1: warning: name: removed control character U+0001",
        ])
        let json = try SignatoryReader.read(Data("{\"name\":\"A\u{2066}b\"}\n".utf8), file: "s.jsonl")
        #expect(json.signatories.map(\.name) == ["Ab"])
        #expect(json.warnings.count == 1)
        let names = try SignatoryReader.read(Data("Jo\u{200B}e\n\u{200B}\n".utf8), file: "n.txt")
        #expect(names.signatories.map(\.name) == ["Joe"])
        #expect(names.rejected == [RejectedRow(line: 2, reason: "empty")])
    }
}
