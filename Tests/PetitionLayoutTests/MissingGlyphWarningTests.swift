import Diagnostics
import Testing
@testable import PetitionLayout

/// Characters no font covers are reported once per text: a name in a script no font has gives
/// one warning naming its first characters, not one per letter.
struct MissingGlyphWarningTests {
    let row = SourceLocation(file: "list.csv", line: 7, column: 1)

    @Test func oneUncoveredCharacterNamesItsPosition() {
        let warnings = LayoutWarnings.missingGlyphs([("\u{10600}", 7)], in: "Grace \u{10600} Hopper", at: row)
        #expect(warnings.map(\.description) == [
            "list.csv:7:1: warning: no font in the font set covers U+10600 '\u{10600}' (character 7 of \"Grace \u{10600} Hopper\"); "
                + "it prints as a missing-glyph box",
        ])
    }

    @Test func manyUncoveredCharactersOfOneTextAreOneWarning() {
        let text = String(String.UnicodeScalarView((0x10600...0x10620).compactMap(Unicode.Scalar.init)))
        let missing = text.unicodeScalars.map { (scalar: $0, position: Int?.none) } + [("\u{10600}", nil)]
        let warnings = LayoutWarnings.missingGlyphs(missing, in: text, at: row)
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasPrefix("no font in the font set covers 34 characters of ") == true)
        #expect(warnings.first?.message.hasSuffix("U+10603 '\u{10603}', U+10604 '\u{10604}' and 28 more; they print as missing-glyph boxes") == true,
                "\(warnings)")
    }
}
