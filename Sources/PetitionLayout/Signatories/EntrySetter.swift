import DisplayList
import LayoutFile
import PetitionDocument
import Typography

/// Sets one signatory entry: an optional number in a gutter, the name in the name style, then a
/// smaller line with the details (title, organisation, city, country), each wrapping with a
/// hanging indent inside the column. Names are never hyphenated; an entry is never split.
struct EntrySetter {
    let name: ParagraphStyle
    let details: ParagraphStyle
    let nameLeading: Double
    let detailLeading: Double
    let spacing: Double
    let fields: [SignatoryField]
    /// Width of the number gutter before the name; 0 without numbering.
    let numberWidth: Double
    let library: FontLibrary

    /// The entry's two paragraphs with the name starting at `x`.
    func set(_ signatory: Signatory, x: Double) -> (name: SetParagraph, details: SetParagraph?) {
        let nameParagraph = SetParagraph(signatory.name, style: name, leading: nameLeading, x: x, library: library)
        let detailText = detailLine(of: signatory)
        let detailParagraph = detailText.isEmpty ? nil
            : SetParagraph(detailText, style: details, leading: detailLeading, x: x, library: library)
        return (nameParagraph, detailParagraph)
    }

    func height(name: SetParagraph, details: SetParagraph?) -> Double {
        Double(name.lines.count) * nameLeading + Double(details?.lines.count ?? 0) * detailLeading + spacing
    }

    /// Glyph runs of the entry with its top at `top` in a column starting at `x`, and the
    /// height it takes; `number` is the label printed in the gutter ("1,204.").
    func place(_ signatory: Signatory, number: String?, x: Double, top: Double) -> (runs: [GlyphRun], height: Double) {
        let entry = set(signatory, x: x + numberWidth)
        var runs: [GlyphRun] = []
        if let number {
            let style = ParagraphStyle(text: name.text.with(weight: .regular), alignment: .start, width: numberWidth * 2)
            var label = SetParagraph(number, style: style, leading: nameLeading, x: 0, library: library)
            label.x = x + numberWidth - label.shaped.width - name.text.size * 0.3
            runs += label.runs(ofLine: 0, baseline: LetterPaginator.baseline(top: top, leading: nameLeading), gray: 0.35)
        }
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
        return (runs, height(name: entry.name, details: entry.details))
    }

    private func detailLine(of signatory: Signatory) -> String {
        fields.map { field -> String in
            switch field {
            case .title: signatory.title
            case .organisation: signatory.organisation
            case .city: signatory.city
            case .country: signatory.country
            }
        }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}

extension TextStyle {
    /// The same style in another weight.
    func with(weight: FontWeight) -> TextStyle {
        var style = self
        style.weight = weight
        return style
    }
}
