import Diagnostics
import TypographyTestSupport
import DisplayList
import Foundation
import LayoutFile
@testable import Localisation
import PetitionDocument
@testable import PetitionLayout
import Testing
import Typography

/// The project's terms files (`locales/`), read for the tests' languages.
enum TestTerms {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("locales")

    /// The terms of `language`; when `locales/` cannot be read, the test that asked fails with
    /// the reason and gets terms without texts (each prints its key).
    static func terms(_ language: String) -> Terms {
        do {
            return try TermsLibrary(directory: directory).terms(for: language)
        } catch {
            Issue.record("cannot read the terms files in \(directory.path): \(error)")
            return Terms(language: language, files: [], terms: [:], missing: [], warnings: [])
        }
    }
}

/// Whole documents laid out with the standard layout and the Noto font set, kept in memory.
enum DocumentFixture {
    static func letter(_ paragraphs: [String], title: String? = nil) -> Letter {
        let blocks = paragraphs.enumerated().map { index, text in
            Block(kind: .paragraph, text: text, location: SourceLocation(file: "letter.txt", line: index + 1, column: 1))
        }
        return Letter(metadata: LetterMetadata(title: title), blocks: blocks)
    }

    static func request(_ letter: Letter, signatories: [Signatory] = [], language: String) throws -> LayoutRequest {
        LayoutRequest(letter: letter, signatories: SignatoryArray(signatories), signatoryFiles: ["signatories.csv"], settings: .standard,
                      fontSet: try TestFonts.notoSerif(), language: language, hyphenation: nil, terms: TestTerms.terms(language))
    }

    static func pages(_ request: LayoutRequest) throws -> [Page] {
        var collector = PageCollector()
        _ = try DocumentLayout(request, library: TestFonts.library).layOut(into: &collector)
        return collector.pages
    }

    static func runs(_ pages: [Page]) -> [GlyphRun] {
        pages.flatMap(\.items).compactMap { item in
            if case .glyphs(let run) = item { return run }
            return nil
        }
    }

    /// The leftmost glyph x of the first run whose text is exactly `text`.
    static func x(of text: String, in runs: [GlyphRun]) -> Double? {
        runs.first { $0.text == text }?.glyphs.map(\.x).min()
    }

    static func names(_ count: Int) -> [Signatory] {
        (1...count).map { Signatory(name: String(format: "Name %02d", $0), line: $0 + 1) }
    }
}
