import Foundation
import Testing
@testable import Hyphenation

/// Reading files: charsets and errors that name the file and line.
@Suite struct DictionaryFileTests {
    private func write(_ bytes: [UInt8], named name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    private func error(reading url: URL) -> HyphenationDictionaryError? {
        do {
            _ = try HyphenationPatterns(contentsOf: url)
            return nil
        } catch let error as HyphenationDictionaryError {
            return error
        } catch {
            Issue.record("unexpected error type: \(error)")
            return nil
        }
    }

    @Test func unknownCharsetIsAnErrorNamingTheFile() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let url = try write(Array("EBCDIC-37\na1b\n".utf8), named: "hyph_xx_XX.dic", in: folder)
        let failure = try #require(error(reading: url))
        #expect(failure.kind == .unknownCharset("EBCDIC-37"))
        #expect(failure.file == url.path)
        #expect(failure.line == 1)
        #expect(failure.description.hasPrefix("\(url.path):1: error: unknown charset \"EBCDIC-37\""))
        #expect(failure.localizedDescription.contains("hyph_xx_XX.dic"))
    }

    @Test func malformedContentIsAnErrorNamingFileAndLine() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }

        let empty = try write([], named: "empty.dic", in: folder)
        #expect(error(reading: empty)?.kind == .missingCharset)

        let badUTF8 = try write(Array("UTF-8\na1b\nc\u{e9}1d\n".utf8) + [0x78, 0xC3, 0x28, 0x0A], named: "bad-utf8.dic", in: folder)
        let utf8Failure = try #require(error(reading: badUTF8))
        #expect(utf8Failure.kind == .invalidEncoding)
        #expect(utf8Failure.line == 4)
        #expect(utf8Failure.description.hasPrefix("\(badUTF8.path):4: error:"))

        // 0xAE is undefined in ISO 8859-7.
        let undefinedByte = try write(Array("ISO8859-7\n\u{25} comment\nab1\n".utf8) + [0x61, 0xAE, 0x0A], named: "greek.dic", in: folder)
        let byteFailure = try #require(error(reading: undefinedByte))
        #expect(byteFailure.kind == .invalidEncoding)
        #expect(byteFailure.line == 4)

        let badDirective = try write(Array("UTF-8\na1b\nLEFTHYPHENMIN two\n".utf8), named: "directive.dic", in: folder)
        let directiveFailure = try #require(error(reading: badDirective))
        #expect(directiveFailure.kind == .invalidDirective)
        #expect(directiveFailure.description.hasPrefix("\(badDirective.path):3: error: LEFTHYPHENMIN"))

        let threeLevels = try write(Array("UTF-8\na1b\nNEXTLEVEL\nb1c\nNEXTLEVEL\n".utf8), named: "levels.dic", in: folder)
        let levelFailure = try #require(error(reading: threeLevels))
        #expect(levelFailure.kind == .tooManyLevels)
        #expect(levelFailure.line == 5)

        let missing = folder.appendingPathComponent("hyph_missing.dic")
        let missingFailure = try #require(error(reading: missing))
        #expect(missingFailure.kind == .unreadableFile)
        #expect(missingFailure.description.hasPrefix(missing.path))
    }

    @Test func errorsFromTextSayItIsText() throws {
        #expect {
            _ = try HyphenationPatterns(dictionaryText: "UTF-8\nRIGHTHYPHENMIN -1\n")
        } throws: { error in
            (error as? HyphenationDictionaryError)?.description == "<dictionary text>:2: error: RIGHTHYPHENMIN needs a non-negative number, got \"-1\""
        }
    }

    @Test func singleByteCharsetsAreDecoded() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        // ISO 8859-1: "ä1b" is E4 31 62.
        let latin1 = try write(Array("ISO8859-1\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n".utf8) + [0xE4, 0x31, 0x62, 0x0A], named: "latin1.dic", in: folder)
        #expect(try HyphenationPatterns(contentsOf: latin1).hyphenationPoints(in: "äbäb") == [1, 3])
        // KOI8-R: "а1б" is C1 31 C2 (Debian's hyph_ru_RU.dic is KOI8-R).
        let koi8 = try write(Array("KOI8-R\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n".utf8) + [0xC1, 0x31, 0xC2, 0x0A], named: "koi8.dic", in: folder)
        #expect(try HyphenationPatterns(contentsOf: koi8).hyphenationPoints(in: "абаб") == [1, 3])
        #expect(try HyphenationPatterns(contentsOf: koi8).hyphenationPoints(in: "АБАБ") == [1, 3])
        // Windows-1251 under its OpenOffice name: "а1б" is E0 31 E1.
        let cp1251 = try write(Array("microsoft-cp1251\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n".utf8) + [0xE0, 0x31, 0xE1, 0x0A], named: "cp1251.dic", in: folder)
        #expect(try HyphenationPatterns(contentsOf: cp1251).hyphenationPoints(in: "абаб") == [1, 3])
        // ISO 8859-2: "č1ř" is E8 31 F8.
        let latin2 = try write(Array("ISO8859-2\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n".utf8) + [0xE8, 0x31, 0xF8, 0x0A], named: "latin2.dic", in: folder)
        #expect(try HyphenationPatterns(contentsOf: latin2).hyphenationPoints(in: "čřčř") == [1, 3])
    }

    @Test func utf8FilesWithByteOrderMarkAndWindowsLineEnds() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let url = try write([0xEF, 0xBB, 0xBF] + Array("UTF-8\r\nLEFTHYPHENMIN 1\r\nRIGHTHYPHENMIN 1\r\né1b\r\n".utf8), named: "bom.dic", in: folder)
        let patterns = try HyphenationPatterns(contentsOf: url)
        #expect(patterns.leftMin == 1)
        #expect(patterns.hyphenationPoints(in: "ébéb") == [1, 3])
    }

    @Test func theFirstLineOfDictionaryTextIsSkipped() throws {
        // The text is already decoded, so its charset line is only skipped.
        let patterns = try HyphenationPatterns(dictionaryText: "ISO8859-1\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nä1b")
        #expect(patterns.hyphenationPoints(in: "äbäb") == [1, 3])
    }
}
