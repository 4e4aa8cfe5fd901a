import Diagnostics
import Testing
@testable import PetitionDocument

/// Paragraphs, headings and lists in a letter's body.
struct LetterBlockTests {
    @Test func bulletsAndNumbersWithContinuationLines() throws {
        let letter = try parseLetter("""
            We call on member states to:
            - convene an emergency
              special session;
            * demand an end
            to the attacks;
            • protect civilians.

            3. Third point
            continues here.
            4) Fourth point.
            """)
        #expect(letter.blocks.map(\.kind) == [
            .paragraph, .listItem(.bullet), .listItem(.bullet), .listItem(.bullet),
            .listItem(.number(3)), .listItem(.number(4)),
        ])
        #expect(texts(letter) == [
            "We call on member states to:", "convene an emergency special session;",
            "demand an end to the attacks;", "protect civilians.", "Third point continues here.", "Fourth point.",
        ])
        #expect(letter.blocks[1].location == SourceLocation(file: "letter.txt", line: 2, column: 1))
        #expect(letter.blocks.map { marker($0)?.label } == [nil, "•", "•", "•", "3.", "4."])
    }

    @Test func perLineListItemsAreOneLineEach() throws {
        let letter = try parseLetter("Our demands are these.\n1. Stop.\n2. Protect.\n- Act now.\nThank you.")
        #expect(letter.blocks.map(\.kind) == [
            .paragraph, .listItem(.number(1)), .listItem(.number(2)), .listItem(.bullet), .paragraph,
        ])
        #expect(texts(letter)[1...3] == ["Stop.", "Protect.", "Act now."])
    }

    @Test func blankLinesAroundThePerLineBodyDoNotChangeItsLayout() throws {
        let letter = try parseLetter("\n\nFirst paragraph.\nSecond paragraph.\n\n\n")
        #expect(texts(letter) == ["First paragraph.", "Second paragraph."])
        #expect(letter.blocks.map(\.location.line) == [3, 4])
    }

    @Test func onlyBulletsAndOneInterruptAParagraph() throws {
        let letter = try parseLetter("The Declaration was adopted in\n1948. It was a first.\n\nFirst.")
        #expect(texts(letter) == ["The Declaration was adopted in 1948. It was a first.", "First."])
    }

    @Test func markersNeedSpaceAndText() throws {
        let letter = try parseLetter("Intro.\n#hashtag\n-dash\n1.5 percent\n-\n### deep")
        #expect(letter.blocks.allSatisfy { $0.kind == .paragraph })
        #expect(texts(letter) == ["Intro.", "#hashtag", "-dash", "1.5 percent", "-", "### deep"])
    }

    @Test func headingsStandAlone() throws {
        let letter = try parseLetter("# Our letter\n## Background\nThe conflict began\nlong ago.\n\n## Demands\n\n- Stop.")
        #expect(letter.blocks.map(\.kind) == [
            .heading(level: 1), .heading(level: 2), .paragraph, .heading(level: 2), .listItem(.bullet),
        ])
        #expect(texts(letter) == ["Our letter", "Background", "The conflict began long ago.", "Demands", "Stop."])
        #expect(letter.metadata.title == nil)
    }

    @Test func hyphensAtLineEnds() throws {
        let letter = try parseLetter("""
            A co\u{2010}
            operation, a well-
            known fact, a hyphen\u{AD}
            ation, a dash -
            then 1990-
            2000.
            """ + "\n\nEnd.")
        #expect(texts(letter)[0]
            == "A co\u{2010}operation, a well-known fact, a hyphen\u{AD}ation, a dash - then 1990- 2000.")
    }

    @Test func whitespaceIsCollapsedButNoBreakSpacesKept() throws {
        let letter = try parseLetter("  Liberté\u{A0}:  égalité\t\t et\u{202F}fraternité \u{2003} ici .\n\nEnd.")
        #expect(texts(letter)[0] == "Liberté\u{A0}: égalité et\u{202F}fraternité ici .")
        #expect(letter.blocks[0].location.column == 3)
    }

    @Test func blocksAreNFC() throws {
        let letter = try parseLetter("Cafe\u{301} and Ame\u{301}lie.\n\nEnd.")
        #expect(texts(letter)[0] == "Caf\u{E9} and Am\u{E9}lie.")
        #expect(texts(letter)[0].unicodeScalars.count == 16)
    }

    @Test("first lines that are not titles", arguments: [
        "Dear Secretary-General,\nWe write.",                   // ends with a comma
        "We write to you.\nAgain.",                              // ends with a full stop
        "他们说。\n第二段。",                                       // CJK full stop
        "هل نكتب؟\nنعم.",                                        // Arabic question mark
        "He said “enough.”\nAnd left.",                          // punctuation inside closing quotes
        "- A list item first\nThen text.",                       // not a paragraph
        String(repeating: "long ", count: 25) + "line\nNext.",   // longer than 100 characters
        "Two lines in\none paragraph\n\nNext.",                  // not a single line
    ])
    func notATitle(text: String) throws {
        let letter = try parseLetter(text)
        #expect(letter.metadata.title == nil)
        #expect(letter.metadata.titleLocation == nil)
    }

    @Test func oneLineLetterIsNotATitle() throws {
        let letter = try parseLetter("Thank you\n")
        #expect(letter.metadata.title == nil)
        #expect(texts(letter) == ["Thank you"])
    }

    @Test func indentedTitleKeepsItsColumn() throws {
        let letter = try parseLetter("\n\n   Open Letter to the Council\n\nBody.")
        #expect(letter.metadata.title == "Open Letter to the Council")
        #expect(letter.metadata.titleLocation == SourceLocation(file: "letter.txt", line: 3, column: 4))
    }

    private func marker(_ block: Block) -> ListMarker? {
        if case .listItem(let marker) = block.kind { return marker }
        return nil
    }
}
