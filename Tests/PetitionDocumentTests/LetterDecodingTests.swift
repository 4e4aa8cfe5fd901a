import Diagnostics
import Foundation
import Testing
@testable import PetitionDocument

/// What the letter reader accepts as text, and where it points when it does not.
struct LetterDecodingTests {
    private func error(parsing data: Data) -> InputError? {
        #expect(throws: InputError.self) { try LetterParser.parse(data, file: "bad.txt") }
    }

    @Test func invalidUTF8IsReportedAtItsLineAndColumn() {
        // Line 4 holds 14 scalars ("é" is one, two bytes) before the bad byte.
        let data = bytes([.text("Title\n\nFirst paragraph.\nsecond line éa"), .raw([0xFF]), .text("rest\n")])
        let error = error(parsing: data)
        #expect(error?.location == SourceLocation(file: "bad.txt", line: 4, column: 15))
        #expect(error?.message.contains("invalid UTF-8") == true)
    }

    @Test func columnsSkipTheByteOrderMarkAndLinesCountCRLFOnce() {
        let data = bytes([.raw([0xEF, 0xBB, 0xBF]), .text("a\r\n\r\nb€"), .raw([0xC3, 0x28])])
        #expect(error(parsing: data)?.location == SourceLocation(file: "bad.txt", line: 3, column: 3))
    }

    @Test("malformed sequences are rejected", arguments: [
        [0xC0, 0xAF],              // overlong "/"
        [0xE0, 0x80, 0xAF],        // overlong, three bytes
        [0xED, 0xA0, 0x80],        // UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0x80],                    // lone continuation byte
        [0xE2, 0x82],              // truncated at the end of the file
    ] as [[UInt8]])
    func malformedSequence(raw: [UInt8]) {
        let error = error(parsing: bytes([.text("Hello\nab"), .raw(raw)]))
        #expect(error?.location == SourceLocation(file: "bad.txt", line: 2, column: 3))
    }

    @Test func nulByteIsABinaryFileError() {
        let error = error(parsing: bytes([.text("ok\nx"), .raw([0x00]), .text("y")]))
        #expect(error?.location == SourceLocation(file: "bad.txt", line: 2, column: 2))
        #expect(error?.message.contains("binary") == true)
    }

    @Test func otherControlCharactersAreErrors() {
        let error = error(parsing: bytes([.text("ab\tc"), .raw([0x1B]), .text("\n")]))
        #expect(error?.location == SourceLocation(file: "bad.txt", line: 1, column: 5))
        #expect(error?.message.contains("U+001B") == true)
    }

    @Test func utf16IsRefusedWithAHint() {
        let error = error(parsing: Data([0xFF, 0xFE, 0x41, 0x00]))
        #expect(error?.location == nil)
        #expect(error?.message.contains("UTF-16") == true)
    }

    @Test("empty letters", arguments: ["", "   \n\t\n \u{A0}\n", "Title: Open letter\nDate: 1 May 2025\n\n\n", "Title: Open letter"])
    func emptyLetter(text: String) {
        let error = error(parsing: Data(text.utf8))
        #expect(error == InputError(file: "bad.txt", "the letter is empty"))
    }

    @Test func oldMacLineEndsSplitLines() throws {
        let letter = try parseLetter("One.\rTwo.\rThree.")
        #expect(texts(letter) == ["One.", "Two.", "Three."])
        #expect(letter.blocks.map(\.location.line) == [1, 2, 3])
    }
}
