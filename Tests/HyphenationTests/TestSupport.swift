import Foundation
import Testing
import TestResources
@testable import Hyphenation

/// Where Debian's hyphen-* packages put the dictionaries; CI installs
/// hyphen-en-us, hyphen-fr, hyphen-de, hyphen-es and hyphen-ru.
let systemDictionaryFolder = "/usr/share/hyphen"

/// One cache for the whole test run, so the large German file is parsed once.
let sharedTestCache = HyphenatorCache()

/// The installed dictionary `hyph_<name>.dic`, failing with an explanation when it is not installed.
func installedDictionary(_ name: String, package: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> HyphenationPatterns {
    let path = "\(systemDictionaryFolder)/hyph_\(name).dic"
    try #require(FileManager.default.fileExists(atPath: path),
                 "\(path) is missing: install the Debian package \(package) (apt-get install \(package))",
                 sourceLocation: sourceLocation)
    return try sharedTestCache.patterns(contentsOf: URL(fileURLWithPath: path))
}

/// The raw bytes of an installed dictionary, failing with an explanation when it is not installed.
func installedDictionaryData(_ name: String, package: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Data {
    let path = "\(systemDictionaryFolder)/hyph_\(name).dic"
    try #require(FileManager.default.fileExists(atPath: path),
                 "\(path) is missing: install the Debian package \(package) (apt-get install \(package))",
                 sourceLocation: sourceLocation)
    return try Data(contentsOf: URL(fileURLWithPath: path))
}

/// A dictionary from inline lines; the charset line is added.
func dictionary(_ lines: String...) throws -> HyphenationPatterns {
    try HyphenationPatterns(dictionaryText: (["UTF-8"] + lines).joined(separator: "\n") + "\n")
}

/// A fresh empty folder, removed by the caller with `removeTemporaryFolder`.
func makeTemporaryFolder() throws -> URL {
    try ScratchFolders.make("hyphenation")
}

func removeTemporaryFolder(_ url: URL) {
    try? FileManager.default.removeItem(at: url)
}

extension HyphenationPatterns {
    /// `word` with "-" at each break, using the given minimums.
    func hyphenated(_ word: String, leftMin: Int, rightMin: Int) -> String {
        let points = Set(hyphenationPoints(in: word, leftMin: leftMin, rightMin: rightMin))
        var result = ""
        for (index, scalar) in word.unicodeScalars.enumerated() {
            if points.contains(index) { result += "-" }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
