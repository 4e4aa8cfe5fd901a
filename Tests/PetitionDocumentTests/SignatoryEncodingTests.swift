import Diagnostics
import Foundation
import Testing
@testable import PetitionDocument

/// Signatory files in UTF-16 (with a byte order mark), Latin-1 and Windows-1252.
struct SignatoryEncodingTests {
    private let text = "Name,City\nJosé Müller,Zürich\nZoë 😀,Łódź\n"

    @Test func utf16WithAByteOrderMarkIsDecoded() throws {
        var little = Data([0xFF, 0xFE])
        var big = Data([0xFE, 0xFF])
        for unit in text.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        for data in [little, big] {
            let list = try SignatoryReader.read(data, file: "s.csv")
            #expect(list.signatories.map(\.name) == ["José Müller", "Zoë 😀"])
            #expect(list.signatories.map(\.city) == ["Zürich", "Łódź"])
            #expect(list.signatories.map(\.line) == [2, 3])
        }
    }

    @Test func brokenUTF16IsAClearError() {
        let unpaired = Data([0xFF, 0xFE, 0x41, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x41, 0x00])
        let error = #expect(throws: InputError.self) { try SignatoryReader.read(unpaired, file: "s.txt") }
        #expect(error?.description == "s.txt:2:1: error: invalid UTF-16: unpaired surrogate at byte offset 6")
        let odd = #expect(throws: InputError.self) { try SignatoryReader.read(Data([0xFE, 0xFF, 0x00, 0x41, 0x00]), file: "s.txt") }
        #expect(odd?.message.contains("odd byte") == true)
    }

    @Test func latin1AndWindows1252() throws {
        let bytes = Data([0x4E, 0x61, 0x6D, 0x65, 0x0A]) + Data("Jos".utf8) + [0xE9, 0x20, 0x80, 0x0A] + Data("Fran".utf8) + [0xE7, 0x6F, 0x69, 0x73, 0x20, 0x93, 0x0A]
        let latin1 = try SignatoryReader.read(bytes, file: "s.txt", options: SignatoryOptions(encoding: .latin1))
        #expect(latin1.signatories.map(\.name) == ["José", "François"])  // C1 0x80 and 0x93 removed
        #expect(latin1.warnings.count == 2)
        let windows = try SignatoryReader.read(bytes, file: "s.txt", options: SignatoryOptions(encoding: .windows1252))
        #expect(windows.signatories.map(\.name) == ["José €", "François \u{201C}"])
        #expect(windows.warnings.isEmpty)
        let utf8 = try SignatoryReader.read(bytes, file: "s.txt")
        #expect(utf8.signatories.isEmpty)
        #expect(utf8.rejected.map(\.reason) == ["invalid UTF-8 at byte offset 8", "invalid UTF-8 at byte offset 16"])
    }

    @Test func binaryFilesAreRefusedInEveryEncoding() {
        let binary = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        for encoding in TextEncoding.allCases {
            let error = #expect(throws: InputError.self) {
                try SignatoryReader.read(binary, file: "logo.png", options: SignatoryOptions(encoding: encoding))
            }
            #expect(error?.message.hasPrefix("binary file") == true)
        }
    }
}
