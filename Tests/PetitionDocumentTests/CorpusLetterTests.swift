import Diagnostics
import Foundation
import Testing
@testable import PetitionDocument
import TestResources

/// The real letters of the corpus kept in the repository (Tests/Corpus).
///
/// MANIFEST.tsv's `paragraphs` counts the title as one paragraph: it equals the number of
/// non-blank lines of every blank-separated and per-line file, and `sections` starts with
/// "title" exactly for the files whose first line is a title.
struct CorpusLetterTests {
    @Test("paragraph count matches the manifest (title + blocks)",
          arguments: try TestResources.corpusManifest())
    func paragraphCount(entry: CorpusEntry) throws {
        let letter = try LetterParser.parse(try TestResources.corpusData(entry.file), file: entry.file)
        let titleCount = letter.metadata.title == nil ? 0 : 1
        #expect(titleCount + letter.blocks.count == entry.paragraphs)
        #expect((letter.metadata.title != nil) == (entry.sections.first == "title"))
        #expect(letter.blocks.allSatisfy { $0.kind == .paragraph })
        #expect(letter.warnings.isEmpty)
    }

    @Test func manifestListsTheFiles() throws {
        let names = try TestResources.corpusManifest().map(\.file)
        #expect(names.count == 14)
        #expect(names.contains("fr_udhr_bom_crlf.txt"))
    }

    @Test func englishTitleAndFirstParagraph() throws {
        let letter = try LetterParser.parse(try TestResources.corpusData("en_udhr.txt"), file: "en_udhr.txt")
        #expect(letter.metadata.title == "Universal Declaration of Human Rights")
        #expect(letter.metadata.titleLocation == SourceLocation(file: "en_udhr.txt", line: 1, column: 1))
        #expect(letter.blocks.first?.text.hasPrefix("Whereas recognition of the inherent dignity") == true)
        #expect(letter.blocks.first?.location == SourceLocation(file: "en_udhr.txt", line: 3, column: 1))
        #expect(letter.blocks.last?.text == "Everyone has the right to freedom of peaceful assembly and association.")
    }

    @Test func hardWrappedParagraphsAreJoined() throws {
        let letter = try LetterParser.parse(try TestResources.corpusData("en_hardwrapped.txt"), file: "en.txt")
        #expect(letter.blocks.count == 7)
        #expect(letter.blocks[1].text == "Whereas Member States have pledged themselves to achieve, in "
            + "co\u{2010}operation with the United Nations, the promotion of universal respect for and "
            + "observance of human rights and fundamental freedoms,")
        #expect(letter.blocks[1].location.line == 9)
        #expect(letter.blocks[3].text.contains("non\u{2010}self\u{2010}governing or under"))
        #expect(!letter.blocks.contains { $0.text.contains("\n") || $0.text.contains("  ") })
    }

    @Test func chineseTitleWithoutPunctuation() throws {
        let letter = try LetterParser.parse(try TestResources.corpusData("zh_udhr.txt"), file: "zh.txt")
        #expect(letter.metadata.title == "世界人权宣言")
        #expect(letter.blocks.count == 6)
    }

    @Test func perLineLetterWithoutFinalNewline() throws {
        let letter = try LetterParser.parse(try TestResources.corpusData("aleppo-open-letter.txt"), file: "aleppo.txt")
        #expect(letter.metadata.title == nil)
        #expect(letter.blocks.count == 6)
        #expect(letter.blocks.last?.text.hasSuffix("step up.") == true)
        #expect(letter.blocks.last?.location.line == 6)
    }

    @Test func byteOrderMarkAndCRLFReadLikeLF() throws {
        let original = try TestResources.corpusData("fr_udhr_bom_crlf.txt")
        #expect(original.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(original.contains(0x0D))
        let plain = String(decoding: original.dropFirst(3), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        let withBOM = try LetterParser.parse(original, file: "fr.txt")
        let withoutBOM = try LetterParser.parse(Data(plain.utf8), file: "fr.txt")
        #expect(withBOM == withoutBOM)
        #expect(withBOM.metadata.title == "Déclaration universelle des droits de l’homme")
        #expect(withBOM.metadata.titleLocation?.column == 1)
    }

    @Test func textIsNormalisedToNFC() throws {
        // hi_udhr.txt holds U+095B, whose canonical form is U+091C U+093C.
        let raw = try TestResources.corpusData("hi_udhr.txt")
        #expect(String(decoding: raw, as: UTF8.self).unicodeScalars.contains("\u{095B}"))
        let letter = try LetterParser.parse(raw, file: "hi.txt")
        let scalars = letter.blocks.flatMap { Array($0.text.unicodeScalars) }
        #expect(!scalars.contains("\u{095B}"))
        #expect(scalars.contains("\u{093C}"))
        #expect(letter.blocks.allSatisfy { $0.text.unicodeScalars.elementsEqual($0.text.precomposedStringWithCanonicalMapping.unicodeScalars) })
    }
}
