import Diagnostics
import Foundation
import Testing
@testable import PetitionDocument

/// Reading a CSV list in two halves at once gives exactly what one pass gives: the same rows,
/// rejects, blank lines, lines with extra fields and warnings, on every input the fuzzer kept and
/// on a long list whose damaged rows lie on both sides of the cut.
struct CSVHalvesTests {
    /// Reads `bytes` in one pass and in halves cut wherever the halves reader cuts when every
    /// file is worth two threads.
    private static func bothWays(_ bytes: [UInt8], options: SignatoryOptions = SignatoryOptions())
        -> (onePass: SignatoryList, halves: SignatoryList)? {
        bytes.withUnsafeBufferPointer { buffer in
            let start = ByteOrderMark.utf8Length(buffer)
            guard let header = CSVHeader.detect(in: buffer, from: start, overrides: options.columns),
                  let onePass = try? CSVSignatoryReader.read(buffer, header: header, options: options, file: "s.csv", halvesFrom: .max),
                  let halves = try? CSVSignatoryReader.read(buffer, header: header, options: options, file: "s.csv", halvesFrom: 0)
            else { return nil }
            return (onePass, halves)
        }
    }

    @Test func halvesAgreeWithOnePassOnTheFuzzCorpus() throws {
        var compared = 0
        for input in try FuzzCorpusTests.inputs("signatories") where input.count > 1 {
            guard let (onePass, halves) = Self.bothWays(Array(input.dropFirst())) else { continue }
            compared += 1
            #expect(halves == onePass, "\(String(decoding: input.dropFirst().prefix(200), as: UTF8.self))")
        }
        #expect(compared > 100)
    }

    @Test func aLongListReadsTheSameInHalves() throws {
        var text = "Name,Organisation,City,Country\r\n"
        for row in 0..<30_000 {
            switch row % 997 {
            case 5: text += "Bad\u{202E}Name \(row),Org,Paris,France\r\n"          // sanitised, reported
            case 17: text += "\r\n"                                                  // blank line
            case 23: text += "\"Quoted\r\nover two lines \(row)\",Org,Lyon,France\r\n" // a field across a line end
            case 31: text += "Name,Organisation,City,Country\r\n"                    // the header again
            case 43: text += "Extra \(row),Org,Nice,France,surplus\r\n"             // an extra field
            case 59: text += "\"Broken \(row),Org,Nice,France\r\n"                  // an unclosed quote
            default: text += "Person \(row % 5000),Org \(row % 300),City \(row % 40),Country\r\n"
            }
        }
        var bytes = Array(text.utf8)
        bytes.insert(0xFF, at: bytes.count / 3)  // one row of invalid UTF-8
        let (onePass, halves) = try #require(Self.bothWays(bytes))
        #expect(halves == onePass)
        #expect(onePass.rejected.count > 60 && !onePass.rowsWithExtraFields.isEmpty && onePass.skippedBlankLines > 20)
        #expect(onePass.warnings.count > 30)
        // A sanitised row late in the file names its own line in both readings.
        #expect(halves.warnings.map(\.line) == onePass.warnings.map(\.line))
    }

    @Test func warningsBeyondTheReportedFieldsAreCountedAcrossTheCut() throws {
        var text = "Name,City\n"
        for row in 0..<3000 { text += "Name\u{200B}\(row),City\n" }  // every row sanitised
        let (onePass, halves) = try #require(Self.bothWays(Array(text.utf8)))
        #expect(halves.warnings == onePass.warnings)
        #expect(onePass.warnings.count == SanitizingLog.reportedFields + 1)
        #expect(onePass.warnings.last?.message.hasPrefix("2000 more fields were sanitised") == true)
    }

    @Test func lineEndsAreCountedAsTheScannerCountsThem() {
        let text = Array("a\r\nb\rc\nd\r\r\ne".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(LineEnds.count(in: bytes, 0..<bytes.count) == 5)
            #expect(LineEnds.count(in: bytes, 0..<2) == 0)  // a CR whose LF lies beyond still ends one line with it
        }
    }
}
