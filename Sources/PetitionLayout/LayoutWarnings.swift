import Diagnostics
import Typography

/// The warnings a layout gives about text: characters no font covers, lines that stick out.
enum LayoutWarnings {
    /// Warnings about a set paragraph, pointing at `location` (its block or its signatory row).
    static func `for`(_ paragraph: SetParagraph, at location: SourceLocation?) -> [Diagnostic] {
        let shaped = paragraph.shaped
        // Only a lone uncovered character's position is reported; counting costs a pass each.
        let missing = shaped.missingGlyphs.enumerated().map { index, missing -> (scalar: Unicode.Scalar, position: Int?) in
            guard index == 0 else { return (missing.scalar, nil) }
            return (missing.scalar, UTF16Scalars(shaped.utf16, range: 0..<missing.offset).reduce(0) { count, _ in count + 1 } + 1)
        }
        var warnings = missingGlyphs(missing, in: shaped.string(0..<shaped.utf16.count), at: location)
        let overfull = paragraph.overfullLineCount
        if overfull > 0 {
            warnings.append(Diagnostic.warning(at: location, "\(overfull) line(s) could not be broken within the measure and stick out into the margin"))
        }
        return warnings
    }

    /// The characters no font covers in one text (a paragraph, a name, a detail line), each with
    /// its 1-based character position when known: one warning for the text, whatever their number,
    /// so a name in a script no font has gives one line, not one per letter.
    static func missingGlyphs(_ missing: [(scalar: Unicode.Scalar, position: Int?)], in text: String,
                              at location: SourceLocation?) -> [Diagnostic] {
        guard let first = missing.first else { return [] }
        guard missing.count > 1 else {
            return [Diagnostic.warning(at: location, MissingGlyph.message(first.scalar, position: first.position, in: text)
                                + "; it prints as a missing-glyph box")]
        }
        var seen = Set<Unicode.Scalar>()
        let distinct = missing.map(\.scalar).filter { seen.insert($0).inserted }
        let listed = distinct.prefix(listedCharacters).map { "U+\(String($0.value, radix: 16, uppercase: true)) '\($0)'" }
        let more = distinct.count > listedCharacters ? " and \(distinct.count - listedCharacters) more" : ""
        let excerpt = text.count <= 40 ? text : String(text.prefix(40)) + "…"
        return [Diagnostic.warning(at: location, "no font in the font set covers \(missing.count) characters of \"\(excerpt)\": "
                            + listed.joined(separator: ", ") + more + "; they print as missing-glyph boxes")]
    }

    /// Uncovered characters a grouped warning names before "and N more".
    static let listedCharacters = 5
}
