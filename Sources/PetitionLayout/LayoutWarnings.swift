import Diagnostics
import Typography

/// The warnings a layout gives about text: characters no font covers, lines that stick out.
enum LayoutWarnings {
    /// Warnings about a set paragraph, pointing at `location` (its block or its signatory row).
    static func `for`(_ paragraph: SetParagraph, at location: SourceLocation?) -> [Diagnostic] {
        let shaped = paragraph.shaped
        var warnings = shaped.missingGlyphs.map { missing in
            let position = UTF16Scalars(shaped.utf16, range: 0..<missing.offset).reduce(0) { count, _ in count + 1 } + 1
            return missingGlyph(missing.scalar, position: position, in: shaped.string(0..<shaped.utf16.count), at: location)
        }
        let overfull = paragraph.overfullLineCount
        if overfull > 0 {
            warnings.append(Diagnostic.warning(at: location, "\(overfull) line(s) could not be broken within the measure and stick out into the margin"))
        }
        return warnings
    }

    /// A character no font covers, at character `position` (1-based) of `text`, if known.
    static func missingGlyph(_ scalar: Unicode.Scalar, position: Int?, in text: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic.warning(at: location, MissingGlyph.message(scalar, position: position, in: text) + "; it prints as a missing-glyph box")
    }
}
