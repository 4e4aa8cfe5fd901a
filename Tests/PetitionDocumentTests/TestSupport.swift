import Diagnostics
import Foundation
import Testing
@testable import PetitionDocument

/// Parses a letter given as a string.
func parseLetter(_ text: String, file: String = "letter.txt") throws -> Letter {
    try LetterParser.parse(Data(text.utf8), file: file)
}

/// Reads a signatory list given as a string.
func readSignatories(_ text: String, file: String = "signatories.csv") throws -> SignatoryList {
    try SignatoryReader.read(Data(text.utf8), file: file)
}

/// The texts of a letter's blocks.
func texts(_ letter: Letter) -> [String] {
    letter.blocks.map(\.text)
}

/// Bytes made of UTF-8 text pieces and raw bytes, for inputs that are not valid UTF-8.
func bytes(_ pieces: [BytePiece]) -> Data {
    var data = Data()
    for piece in pieces {
        switch piece {
        case .text(let text): data.append(contentsOf: Array(text.utf8))
        case .raw(let raw): data.append(contentsOf: raw)
        }
    }
    return data
}

enum BytePiece {
    case text(String)
    case raw([UInt8])
}

/// The shared corpus of real letters: `$PETITION_CORPUS_DIR`, or `shared/corpus/letters` found in
/// a folder above this source file.
enum Corpus {
    static let directory: URL? = {
        if let path = ProcessInfo.processInfo.environment["PETITION_CORPUS_DIR"] {
            return URL(fileURLWithPath: path)
        }
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/corpus/letters")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("MANIFEST.tsv").path) {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    static var isAvailable: Bool { directory != nil }

    static func data(_ name: String) throws -> Data {
        guard let directory else { throw CocoaError(.fileNoSuchFile) }
        return try Data(contentsOf: directory.appendingPathComponent(name))
    }

    /// One row of MANIFEST.tsv.
    struct Entry: Sendable, CustomTestStringConvertible {
        var file: String
        var paragraphs: Int
        var sections: [String]
        var testDescription: String { file }
    }

    static func manifest() throws -> [Entry] {
        let text = String(decoding: try data("MANIFEST.tsv"), as: UTF8.self)
        let rows = text.split(whereSeparator: \.isNewline).map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        guard let header = rows.first,
              let fileColumn = header.firstIndex(of: "file"),
              let paragraphsColumn = header.firstIndex(of: "paragraphs"),
              let sectionsColumn = header.firstIndex(of: "sections")
        else { throw CocoaError(.fileReadCorruptFile) }
        return rows.dropFirst().compactMap { row in
            guard let paragraphs = Int(row[paragraphsColumn]) else { return nil }
            return Entry(file: String(row[fileColumn]), paragraphs: paragraphs,
                         sections: row[sectionsColumn].split(separator: ",").map(String.init))
        }
    }
}
