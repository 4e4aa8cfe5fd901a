import DisplayList
import LayoutFile
import PetitionDocument
import Typography

/// Sets one signatory entry: the name in the name style, then a smaller line with the details
/// (title, organisation, city, country), each wrapping with a hanging indent inside the column.
/// Names are never hyphenated; an entry is never split across columns.
struct EntrySetter {
    let name: ParagraphStyle
    let details: ParagraphStyle
    let nameLeading: Double
    let detailLeading: Double
    let spacing: Double
    let fields: [SignatoryField]
    let library: FontLibrary

    /// The entry's two paragraphs at column position `x`.
    func set(_ signatory: Signatory, x: Double) -> (name: SetParagraph, details: SetParagraph?) {
        // Each entry resolves its bidi alone (a first-strong isolate), so no name moves another.
        let nameParagraph = SetParagraph(signatory.name, style: name.directed(for: signatory.name), leading: nameLeading,
                                         x: x, library: library)
        let detailText = detailLine(of: signatory)
        let detailParagraph = detailText.isEmpty ? nil
            : SetParagraph(detailText, style: details.directed(for: detailText), leading: detailLeading, x: x, library: library)
        return (nameParagraph, detailParagraph)
    }

    /// Vertical space the entry takes, spacing below included.
    func height(of signatory: Signatory) -> Double {
        let entry = set(signatory, x: 0)
        return height(name: entry.name, details: entry.details)
    }

    func height(name: SetParagraph, details: SetParagraph?) -> Double {
        Double(name.lines.count) * nameLeading + Double(details?.lines.count ?? 0) * detailLeading + spacing
    }

    /// Glyph runs of the entry with its top at `top`.
    func runs(for signatory: Signatory, x: Double, top: Double) -> [GlyphRun] {
        let entry = set(signatory, x: x)
        var runs: [GlyphRun] = []
        var y = top
        for index in entry.name.lines.indices {
            runs += entry.name.runs(ofLine: index, baseline: LetterPaginator.baseline(top: y, leading: nameLeading))
            y += nameLeading
        }
        if let details = entry.details {
            for index in details.lines.indices {
                runs += details.runs(ofLine: index, baseline: LetterPaginator.baseline(top: y, leading: detailLeading), gray: 0.25)
                y += detailLeading
            }
        }
        return runs
    }

    private func detailLine(of signatory: Signatory) -> String {
        fields.map { field -> String in
            switch field {
            case .title: signatory.title
            case .organisation: signatory.organisation
            case .city: signatory.city
            case .country: signatory.country
            }
        }.filter { !$0.isEmpty }.map(BidiIsolation.isolate).joined(separator: ", ")
    }
}
