import Diagnostics
import DisplayList
import Foundation
import LayoutFile
import PetitionDocument
import Typography

/// The signatory list after the letter: its heading with the count, and the entries in columns.
struct SignatorySection {
    let request: LayoutRequest
    let frame: PageFrame
    let library: FontLibrary
    let setter: EntrySetter
    let paginator: SignatoryPaginator

    init(request: LayoutRequest, frame: PageFrame, library: FontLibrary) {
        self.request = request
        self.frame = frame
        self.library = library
        let settings = request.settings.signatories
        let columns = settings.columnCount(forTextWidth: frame.width)
        paginator = SignatoryPaginator(frame: frame, columns: columns, gutter: settings.gutter, direction: request.direction)
        let width = paginator.columnWidth
        func style(_ weight: FontWeight, _ size: Double) -> ParagraphStyle {
            ParagraphStyle(text: TextStyle(fontSet: request.fontSet, weight: weight, size: size, language: request.language),
                           alignment: .start, width: width, hangingIndent: size, startSide: request.direction)
        }
        setter = EntrySetter(name: style(.bold, settings.nameSize), details: style(.regular, settings.detailSize),
                             nameLeading: settings.nameLeading, detailLeading: settings.detailLeading,
                             spacing: settings.entrySpacing, fields: settings.fields, library: library)
    }

    /// The heading ("Signatories (1,234)"), or nil when there are none.
    func heading() -> FlowBlock? {
        guard !request.signatories.isEmpty else { return nil }
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: request.language)
        let count = formatter.string(from: NSNumber(value: request.signatories.count)) ?? String(request.signatories.count)
        let text = request.settings.signatories.headingTemplate.replacingOccurrences(of: "{count}", with: count)
        let heading = request.settings.heading
        let style = ParagraphStyle(text: TextStyle(fontSet: request.fontSet, weight: .bold, size: heading.size, language: request.language),
                                   alignment: .start, width: frame.width, startSide: request.direction).directed(for: text)
        let paragraph = SetParagraph(text, style: style, leading: heading.leading, x: frame.left, library: library)
        let settings = request.settings.signatories
        let firstEntries = 3 * (settings.nameLeading + settings.detailLeading + settings.entrySpacing)
        return FlowBlock(paragraph: paragraph, spaceBefore: heading.spaceBefore * 2, spaceAfter: heading.spaceAfter,
                         keepWithNext: true, keepTogether: true, reserveBelow: heading.spaceAfter + firstEntries)
    }

    /// Each entry's height, measured by setting it; entries that need a missing glyph or do not
    /// fit their column are reported against their row.
    func entryHeights(warnings: inout [Warning]) -> [Double] {
        request.signatories.map { signatory in
            let entry = setter.set(signatory, x: 0)
            let location = SourceLocation(file: request.signatoryFile, line: signatory.line, column: 1)
            warnings += DocumentLayout.warnings(for: entry.name, at: location)
            if let details = entry.details { warnings += DocumentLayout.warnings(for: details, at: location) }
            return setter.height(name: entry.name, details: entry.details)
        }
    }

    func runs(for entry: Int, x: Double, top: Double) -> [GlyphRun] {
        setter.runs(for: request.signatories[entry], x: x, top: top)
    }
}
