import Foundation
import Testing
@testable import PetitionDocument

/// One letter written in the layouts people use must read the same.
struct LetterLayoutTests {
    private static let header = """
        Title: Protect the Civilians
        Date: 13 December 2016
        Language: en

        """

    /// Blank lines between paragraphs, lines hard-wrapped at about 72 columns.
    private static let hardWrapped = header + """

        The Security Council has failed the civilians of the city. In almost
        six years of conflict, half a million people have been killed.

        We, a coalition of 223 organisations, urge the General Assembly to act
        in co\u{2010}operation with the well-
        known humanitarian agencies.

        We ask member states to:
        - convene an emergency special session of the General Assembly
          without delay;
        - demand an end to all unlawful attacks;
        - protect\u{A0}civilians   and aid workers.

        Inaction is not an option. The world must not look away from
        the suffering of the people.

        Signed in Geneva, Switzerland.

        """

    /// Blank lines between paragraphs, each paragraph on one line.
    private static let oneLine = header + """

        The Security Council has failed the civilians of the city. In almost six years of conflict, half a million people have been killed.

        We, a coalition of 223 organisations, urge the General Assembly to act in co\u{2010}operation with the well-known humanitarian agencies.

        We ask member states to:
        - convene an emergency special session of the General Assembly without delay;
        - demand an end to all unlawful attacks;
        - protect\u{A0}civilians and aid workers.

        Inaction is not an option. The world must not look away from the suffering of the people.

        Signed in Geneva, Switzerland.
        """

    /// No blank lines in the body: one paragraph per line.
    private static let perLine = header + """

        The Security Council has failed the civilians of the city. In almost six years of conflict, half a million people have been killed.
        We, a coalition of 223 organisations, urge the General Assembly to act in co\u{2010}operation with the well-known humanitarian agencies.
        We ask member states to:
        - convene an emergency special session of the General Assembly without delay;
        - demand an end to all unlawful attacks;
        - protect\u{A0}civilians and aid workers.
        Inaction is not an option. The world must not look away from the suffering of the people.
        Signed in Geneva, Switzerland.
        """

    private static let expectedTexts = [
        "The Security Council has failed the civilians of the city. In almost six years of conflict, half a million people have been killed.",
        "We, a coalition of 223 organisations, urge the General Assembly to act in co\u{2010}operation with the well-known humanitarian agencies.",
        "We ask member states to:",
        "convene an emergency special session of the General Assembly without delay;",
        "demand an end to all unlawful attacks;",
        "protect\u{A0}civilians and aid workers.",
        "Inaction is not an option. The world must not look away from the suffering of the people.",
        "Signed in Geneva, Switzerland.",
    ]

    private static var layouts: [(String, Data)] {
        let crlf = Data([0xEF, 0xBB, 0xBF] + Array(hardWrapped.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        return [
            ("hard-wrapped", Data(hardWrapped.utf8)), ("one line per paragraph", Data(oneLine.utf8)),
            ("one paragraph per line", Data(perLine.utf8)), ("BOM and CRLF", crlf),
        ]
    }

    @Test func everyLayoutGivesTheSameBlocks() throws {
        for (name, data) in Self.layouts {
            let letter = try LetterParser.parse(data, file: name)
            #expect(texts(letter) == Self.expectedTexts, "\(name)")
            #expect(letter.blocks.map(\.kind) == [
                .paragraph, .paragraph, .paragraph, .listItem(.bullet), .listItem(.bullet),
                .listItem(.bullet), .paragraph, .paragraph,
            ], "\(name)")
            #expect(letter.metadata.title == "Protect the Civilians", "\(name)")
            #expect(letter.metadata.language == "en", "\(name)")
            #expect(letter.warnings.isEmpty, "\(name)")
        }
    }

    @Test func crlfWithByteOrderMarkKeepsLocations() throws {
        let plain = try LetterParser.parse(Data(Self.hardWrapped.utf8), file: "letter.txt")
        let (_, crlf) = Self.layouts[3]
        #expect(try LetterParser.parse(crlf, file: "letter.txt") == plain)
        #expect(plain.blocks.map(\.location.line) == [5, 8, 12, 13, 15, 16, 18, 21])
    }
}
