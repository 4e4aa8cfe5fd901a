import Diagnostics
import Foundation
import Testing
@testable import PetitionDocument

/// Issue 10's classes of code point, one by one: what a signatory field and a letter keep, and
/// what they report.
struct CharacterPolicyTests {
    private func field(_ text: String) -> (text: String, report: String) {
        let (clean, findings) = FieldSanitizer.sanitize(text)
        return (clean, SanitizingLog.describe(findings))
    }

    /// Swift string literals refuse U+FDD0-U+FDEF.
    private func scalars(_ values: UInt32...) -> String {
        String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
    }

    @Test func noncharactersAreRemovedFromFields() {
        #expect(field("Bad \u{FFFE} Name") == ("Bad Name", "removed noncharacter U+FFFE"))
        #expect(field("A" + scalars(0xFDD0) + "b\u{1FFFF}c\u{10FFFF}") == ("Abc", "removed noncharacters U+FDD0, U+1FFFF, U+10FFFF"))
    }

    @Test func unassignedAndPrivateUseCodePointsAreRemovedFromFields() {
        #expect(field("Jo\u{0378}e") == ("Joe", "removed unassigned code point U+0378"))
        #expect(field("Ann\u{E000}a \u{F8FF}\u{F0000}") == ("Anna", "removed private-use characters U+E000, U+F8FF, U+F0000"))
    }

    @Test func placeholdersAreRemovedFromFields() {
        #expect(field("Kim\u{FFF9}金\u{FFFA}きむ\u{FFFB} \u{FFFC}").text == "Kim金きむ")
    }

    @Test func combiningMarksWithoutALetterAreRemovedFromFields() {
        #expect(field("\u{0301}Ana") == ("Ana", "removed stray combining mark U+0301"))
        #expect(field("Ana \u{0301}\u{0302}Bel").text == "Ana Bel")
        #expect(field("Nguyễn").text == "Nguyễn")
    }

    @Test func variationSelectorsStayOnlyWhereTheyVarySomething() {
        #expect(field("Sam ❤\u{FE0F}").text == "Sam ❤\u{FE0F}")
        #expect(field("Sam 1\u{FE0F}\u{20E3}").text == "Sam 1\u{FE0F}\u{20E3}")
        #expect(field("葛\u{E0100}西").text == "葛\u{E0100}西")
        #expect(field("a\u{E0100}") == ("a", "removed stray variation selector U+E0100"))
        #expect(field("\u{FE0F}Sam \u{FE0F}x\u{FE0F}\u{FE0F}").text == "Sam x\u{FE0F}")
    }

    @Test func tagsOutsideAnEmojiFlagAreRemoved() {
        #expect(field("Mar\u{E0041}\u{E0042}ta") == ("Marta", "removed stray tag characters U+E0041, U+E0042"))
        let scotland = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        #expect(field("Iain " + scotland).text == "Iain " + scotland)
        #expect(field("Iain \u{1F3F4}\u{E0067}\u{E0062}").text == "Iain \u{1F3F4}")
    }

    @Test func emojiSequencesAreKeptWhole() {
        for emoji in ["👩\u{200D}👩\u{200D}👧", "🇫🇷", "👍🏽", "#\u{FE0F}\u{20E3}", "🧑🏿\u{200D}🚀"] {
            #expect(field("Ada " + emoji).text == "Ada " + emoji)
        }
    }

    @Test func everyKindHasATreatmentForBothSources() {
        for kind in UnwantedCharacters.Kind.allCases {
            #expect(!kind.label.isEmpty)
            _ = CharacterPolicy.treatment(of: kind, in: .letter)
            _ = CharacterPolicy.treatment(of: kind, in: .signatoryField)
        }
        #expect(CharacterPolicy.treatment(of: .noncharacter, in: .letter) == .remove)
        #expect(CharacterPolicy.treatment(of: .invisible, in: .letter) == .keep)
    }

    @Test func noScalarSurvivesThatCairoRefuses() {
        // Every noncharacter of every plane, in a field and in a letter.
        var text = ""
        for plane in UInt32(0)...16 {
            for low in [UInt32(0xFFFE), 0xFFFF] { if let scalar = Unicode.Scalar(plane << 16 | low) { text.unicodeScalars.append(scalar) } }
        }
        for value in UInt32(0xFDD0)...0xFDEF { if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) } }
        #expect(field("x" + text + "y").text == "xy")
        #expect(TextSanitizer.sanitize("x" + text + "y", for: .letter).text == "xy")
    }

    @Test func theLetterLosesNoncharactersAndControlsWithAWarningNamingLineAndColumn() throws {
        let text = "Title: Water\u{FFFE}\n\nWe write\u{0090} to you\u{00AD}day.\u{2028}Sincerely \u{E000}\n"
        let letter = try LetterParser.parse(Data(text.utf8), file: "appeal.txt")
        #expect(letter.metadata.title == "Water")
        #expect(letter.blocks.map(\.text) == ["We write to you\u{00AD}day. Sincerely \u{E000}"])
        #expect(letter.warnings.map(\.description) == [
            "appeal.txt:1:13: warning: removed noncharacter U+FFFE",
            "appeal.txt:3:9: warning: removed control character U+0090",
            "appeal.txt:3:22: warning: replaced by a space line separator U+2028",
        ])
    }

    @Test func aLetterFullOfNoncharactersListsTheFirstHundred() throws {
        let text = "Dear all" + String(repeating: scalars(0xFDD1), count: 250) + "\n"
        let letter = try LetterParser.parse(Data(text.utf8), file: "a.txt")
        #expect(letter.blocks.map(\.text) == ["Dear all"])
        #expect(letter.warnings.count == LetterSanitizer.reportedChanges + 1)
        #expect(letter.warnings.last?.message == "150 more characters were removed (only the first 100 are listed)")
    }
}
