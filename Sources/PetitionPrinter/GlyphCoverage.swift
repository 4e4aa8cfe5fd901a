import Diagnostics
import PetitionDocument
import Typography

/// Every character of a letter and its signatories that no font of a set covers, each with its
/// place, and the document's script mix: what `petition fonts check` prints and what
/// `render --strict-glyphs` refuses. Characters are checked in the weight they print in (titles,
/// headings and names bold).
public struct GlyphCoverage: Sendable {
    /// One warning per uncovered character, in document order.
    public var missing: [Diagnostic] = []
    /// Characters per script over the letter and the signatories.
    var scripts = ScriptMix()

    /// The script mix, largest first: ISO 15924 code (`Zyyy` for spaces' neighbours: digits,
    /// punctuation), characters, share of all characters.
    public var scriptMix: [(script: String, count: Int, share: Double)] { scripts.ranked }

    /// Checks `letter` and `signatories` (read from `signatoryFiles`, by `Signatory.fileIndex`).
    init(letter: Letter, signatories: SignatoryArray, signatoryFiles: [String], fontSet: FontSet, language: String,
         library: FontLibrary) {
        func check(_ text: String, weight: FontWeight, at location: SourceLocation?) {
            scripts.add(text)
            let style = TextStyle(fontSet: fontSet, weight: weight, size: 10, language: language)
            for glyph in FontCoverage.missing(in: text, style: style, library: library) {
                missing.append(Diagnostic.warning(at: location, Self.message(glyph, in: text)))
            }
        }
        let metadata = letter.metadata
        if let title = metadata.title { check(title, weight: .bold, at: metadata.titleLocation) }
        for line in [metadata.subtitle, metadata.date, metadata.recipient, metadata.sender].compactMap({ $0 }) {
            check(line, weight: .regular, at: nil)
        }
        for block in letter.blocks {
            if case .heading = block.kind { check(block.text, weight: .bold, at: block.location) } else {
                check(block.text, weight: .regular, at: block.location)
            }
        }
        for signatory in signatories {
            let file = signatory.fileIndex < signatoryFiles.count ? signatoryFiles[signatory.fileIndex] : ""
            let location = SourceLocation(file: file, line: signatory.line, column: 1)
            check(signatory.name, weight: .bold, at: location)
            for field in [signatory.title, signatory.organisation, signatory.city, signatory.country] where !field.isEmpty {
                check(field, weight: .regular, at: location)
            }
        }
    }

    /// The same words the layout's warning uses, so both read alike.
    static func message(_ glyph: MissingGlyph, in text: String) -> String {
        let utf16 = Array(text.utf16)
        let position = String(decoding: utf16[..<glyph.offset], as: UTF16.self).unicodeScalars.count + 1
        return MissingGlyph.message(glyph.scalar, position: position, in: text)
    }
}

/// `render --strict-glyphs` found characters no font covers; nothing was written.
public struct MissingGlyphsError: DiagnosticConvertible, Sendable {
    /// One warning a character no font covers, where it is.
    public var missing: [Diagnostic]

    /// The missing characters as errors, then a summary.
    public var diagnostics: [Diagnostic] {
        missing.map { var error = $0; error.severity = .error; return error }
            + [.error(file: nil, "\(missing.count) character(s) no font covers (--strict-glyphs); no PDF written")]
    }
}
