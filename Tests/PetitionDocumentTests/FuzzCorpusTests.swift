import Foundation
import Testing
@testable import PetitionDocument

/// Replays every input `scripts/fuzz` kept (Tests/Fuzz/corpus, crashers included) through the
/// signatory reader and the letter parser, the way the fuzz targets call them: none may crash,
/// and the signatory rows must add up.
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/corpus")

    static func inputs(_ target: String) throws -> [Data] {
        let folder = corpus.appendingPathComponent(target)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            try Data(contentsOf: folder.appendingPathComponent(name))
        }
    }

    @Test func signatoryInputs() throws {
        let inputs = try Self.inputs("signatories")
        #expect(!inputs.isEmpty)
        for input in inputs where !input.isEmpty {
            let first = input[input.startIndex]
            let options = SignatoryOptions(keepDuplicates: first & 0x80 != 0,
                                           encoding: TextEncoding.allCases[Int(first) % TextEncoding.allCases.count])
            guard let list = try? SignatoryReader.read(input.dropFirst(), file: "fuzz.csv", options: options) else { continue }
            let processed = SignatoryProcessor.process(list, options: options)
            #expect(processed.printed + processed.removedDuplicates + processed.rejected.count == processed.inputRows)
        }
    }

    @Test func letterInputs() throws {
        let inputs = try Self.inputs("letter")
        #expect(!inputs.isEmpty)
        for input in inputs {
            _ = try? LetterParser.parse(input, file: "fuzz.txt")
        }
    }
}
