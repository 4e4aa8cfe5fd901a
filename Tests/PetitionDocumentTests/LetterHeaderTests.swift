import Diagnostics
import Testing
@testable import PetitionDocument

/// The optional `Key: value` header at the top of a letter.
struct LetterHeaderTests {
    @Test func allKnownKeysAndSynonyms() throws {
        let letter = try parseLetter("""
            Title: An open letter on Aleppo
            Subtitle: From civil society
            Date: 13 December 2016
            To: UN member states
            From: 223 organisations
            Author: A. Writer
            Subject: Emergency session
            Keywords: Syria, Aleppo , , UN
            Lang: PT_br
            Organizer: Coalition
            Contact: press@example.org

            The body.
            """)
        let metadata = letter.metadata
        #expect(metadata.title == "An open letter on Aleppo")
        #expect(metadata.titleLocation == SourceLocation(file: "letter.txt", line: 1, column: 8))
        #expect(metadata.subtitle == "From civil society")
        #expect(metadata.date == "13 December 2016")
        #expect(metadata.recipient == "UN member states")
        #expect(metadata.sender == "223 organisations")
        #expect(metadata.author == "A. Writer")
        #expect(metadata.subject == "Emergency session")
        #expect(metadata.keywords == ["Syria", "Aleppo", "UN"])
        #expect(metadata.language == "pt-BR")
        #expect(metadata.organiser == "Coalition")
        #expect(metadata.contact == "press@example.org")
        #expect(metadata.extra.isEmpty)
        #expect(letter.warnings.isEmpty)
        #expect(texts(letter) == ["The body."])
        #expect(letter.blocks[0].location.line == 13)
    }

    @Test func keysAreCaseInsensitiveAndEmptyValuesAbsent() throws {
        let letter = try parseLetter("RECIPIENT:   The   Council\nsender:\n\nBody text.")
        #expect(letter.metadata.recipient == "The Council")
        #expect(letter.metadata.sender == nil)
    }

    @Test func unknownKeyIsKeptWithAWarning() throws {
        let letter = try parseLetter("Title: Letter\nPetition-ID: 42\n\nBody.")
        #expect(letter.metadata.extra == ["Petition-ID": "42"])
        #expect(letter.warnings.count == 1)
        #expect(letter.warnings.first?.location == SourceLocation(file: "letter.txt", line: 2, column: 1))
        #expect(letter.warnings.first?.message.contains("Petition-ID") == true)
    }

    @Test func repeatedKeyKeepsTheLastValueWithAWarning() throws {
        let letter = try parseLetter("Date: 1 May\nDate: 2 May\n\nBody.")
        #expect(letter.metadata.date == "2 May")
        #expect(letter.warnings.map(\.location?.line) == [2])
    }

    @Test func malformedLanguageIsAnErrorAtTheValue() {
        let error = #expect(throws: InputError.self) {
            try parseLetter("Title: Letter\nLanguage:  english language\n\nBody.")
        }
        #expect(error?.location == SourceLocation(file: "letter.txt", line: 2, column: 12))
        #expect(error?.message.contains("english language") == true)
    }

    @Test("a first block that is not all Key: value lines is text", arguments: [
        "Whereas: the peoples of the United Nations agree.\n\nBody.",        // no known key
        "Title: Letter\nthis line is not a header line\n\nBody.",     // one line does not match
        "See https://example.org for the text.\n\nBody.",               // colon not followed by space
    ])
    func notAHeader(text: String) throws {
        let letter = try parseLetter(text)
        #expect(letter.metadata == LetterMetadata(title: nil))
        #expect(letter.blocks.count == 2)
        #expect(letter.warnings.isEmpty)
    }

    @Test func headerTitleKeepsTheFirstShortLineInTheBody() throws {
        let letter = try parseLetter("Title: From the header\n\nShort opening line\n\nBody.")
        #expect(letter.metadata.title == "From the header")
        #expect(texts(letter) == ["Short opening line", "Body."])
    }

    @Test func headerWithoutTitleStillAllowsATitleLine() throws {
        let letter = try parseLetter("Date: 1 May 2025\n\nUniversal Declaration\n\nBody.")
        #expect(letter.metadata.date == "1 May 2025")
        #expect(letter.metadata.title == "Universal Declaration")
        #expect(letter.metadata.titleLocation?.line == 3)
        #expect(texts(letter) == ["Body."])
    }
}
