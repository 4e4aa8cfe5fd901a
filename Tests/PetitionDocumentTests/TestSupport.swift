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
