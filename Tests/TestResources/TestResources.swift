import Foundation

/// Where the tests find what they read: the package's own files, the letter corpus kept in the
/// repository, and files that Debian packages install on the machine.
///
/// A missing system file throws `MissingResource`, naming the Debian package that installs it,
/// so only the tests that need the file fail, and the message says what to install.
public enum TestResources {
    /// The package's root folder (the one holding Package.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The real letters the tests use, kept in the repository (`Tests/Corpus/letters`; where each
    /// text comes from is in `Tests/Corpus/README.md` and `MANIFEST.tsv`).
    public static let corpus = packageRoot.appendingPathComponent("Tests/Corpus/letters")

    /// A corpus letter's path.
    public static func corpusLetter(_ name: String) -> URL {
        corpus.appendingPathComponent(name)
    }

    /// The bytes of a corpus file.
    public static func corpusData(_ name: String) throws -> Data {
        try Data(contentsOf: corpusLetter(name))
    }

    /// The rows of `Tests/Corpus/letters/MANIFEST.tsv`.
    public static func corpusManifest() throws -> [CorpusEntry] {
        let text = String(decoding: try corpusData("MANIFEST.tsv"), as: UTF8.self)
        let rows = text.split(whereSeparator: \.isNewline).map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        guard let header = rows.first,
              let fileColumn = header.firstIndex(of: "file"),
              let paragraphsColumn = header.firstIndex(of: "paragraphs"),
              let sectionsColumn = header.firstIndex(of: "sections")
        else { throw MalformedManifest(reason: "the header row lacks file, paragraphs or sections") }
        return try rows.dropFirst().enumerated().map { index, row in
            guard row.count == header.count, let paragraphs = Int(row[paragraphsColumn]) else {
                throw MalformedManifest(reason: "row \(index + 2) does not have \(header.count) cells with a number of paragraphs")
            }
            return CorpusEntry(file: String(row[fileColumn]), paragraphs: paragraphs,
                               sections: row[sectionsColumn].split(separator: ",").map(String.init))
        }
    }

    /// The path of a file a Debian package installs, after checking that it is there.
    /// - Throws: `MissingResource` naming `package` when the file is missing.
    public static func systemFile(_ path: String, package: String) throws -> URL {
        guard FileManager.default.fileExists(atPath: path) else { throw MissingResource(path: path, package: package) }
        return URL(fileURLWithPath: path)
    }
}

/// One row of the corpus manifest.
public struct CorpusEntry: Sendable, CustomStringConvertible {
    public var file: String
    /// Paragraphs, counting the title as one.
    public var paragraphs: Int
    /// What the text holds, such as `title,pre:1,art:19`.
    public var sections: [String]
    public var description: String { file }
}

/// A file the tests need that no package on this machine has installed.
public struct MissingResource: Error, CustomStringConvertible {
    public var path: String
    /// The Debian package that installs it.
    public var package: String

    public init(path: String, package: String) {
        self.path = path
        self.package = package
    }

    public var description: String {
        "\(path) is missing: install the Debian package \(package) (scripts/install-dependencies does)"
    }
}

/// The corpus manifest could not be read.
public struct MalformedManifest: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { "Tests/Corpus/letters/MANIFEST.tsv: \(reason)" }
}
