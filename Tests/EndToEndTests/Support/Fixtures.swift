import Foundation
import TestResources

/// Paths the end-to-end tests use: the package's files and a scratch folder per test.
enum Fixtures {
    static let packageRoot = TestResources.packageRoot
    static let exampleLetter = packageRoot.appendingPathComponent("Examples/clean-water-letter.txt").path
    static let exampleSignatories = packageRoot.appendingPathComponent("Examples/clean-water-signatories.csv").path
    /// The letters of the corpus kept in the repository (see `TestResources.corpus`).
    static let corpus = TestResources.corpus

    /// The `petition` executable `swift test` built beside the test bundle.
    static var petition: String {
        let candidates = [".build/debug/petition", ".build/release/petition"].map { packageRoot.appendingPathComponent($0).path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    /// A fresh empty folder, removed with the test process's others when it exits.
    static func scratchFolder() throws -> URL {
        try ScratchFolders.make("end-to-end")
    }

    /// The words of a text: split at whitespace, with surrounding punctuation kept.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// The words of extracted PDF text as a reader reads them: a word broken at a line-end
    /// hyphen is joined again, keeping the hyphen when `known` has the hyphenated form
    /// ("ring-" + "fenced") and dropping it when `known` has the plain one ("de-" + "scribe", which
    /// mupdf 1.21 shows because it ignores the PDF's ActualText; poppler reads "describe").
    static func extractedWords(_ text: String, known: Set<String>) -> [String] {
        var words: [String] = []
        var hyphenated = false
        for line in text.split(whereSeparator: \.isNewline) {
            for (index, word) in Self.words(String(line)).enumerated() {
                if index == 0, hyphenated, let last = words.last {
                    if known.contains(last + word) {
                        words[words.count - 1] = last + word
                        continue
                    }
                    if known.contains(last.dropLast() + word) {
                        words[words.count - 1] = last.dropLast() + word
                        continue
                    }
                }
                words.append(word)
            }
            hyphenated = words.last.map { $0.count > 1 && $0.hasSuffix("-") } ?? false
        }
        return words
    }

    /// Whether `needles` occur in `haystack` in order (not necessarily adjacent); returns the
    /// first missing word otherwise.
    static func firstMissingInOrder(_ needles: [String], in haystack: [String]) -> String? {
        var index = haystack.startIndex
        for needle in needles {
            guard let found = haystack[index...].firstIndex(of: needle) else { return needle }
            index = found + 1
        }
        return nil
    }
}
