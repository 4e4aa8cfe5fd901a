import Diagnostics
import DisplayList
import Foundation
import LayoutFile
import Localisation
import PetitionDocument
import Typography

/// The signatory list after the letter: its heading with the count, the entries (and group
/// headings) in columns, the running header of its pages, and the closing total with the digest.
struct SignatorySection {
    let request: LayoutRequest
    let frame: PageFrame
    let library: FontLibrary
    var setter: EntrySetter
    /// The flow index from which entries were measured on a second thread, and that thread's
    /// setter (see ``measure(warnings:progress:)``).
    var secondHalf: (start: Int, setter: EntrySetter)?
    let paginator: SignatoryPaginator
    let flow: SignatoryFlow
    /// The letter language's words, and its way of writing counts and entry numbers.
    let terms: Terms
    let counts: NumberFormat

    init(request: LayoutRequest, frame: PageFrame, library: FontLibrary) {
        self.request = request
        self.frame = frame
        self.library = library
        terms = request.terms
        counts = terms.numbers
        let settings = request.settings.signatories
        paginator = SignatoryPaginator(frame: frame, columns: settings.columnCount(forTextWidth: frame.width), gutter: settings.gutter,
                                       direction: request.direction)
        flow = SignatoryFlow(entryCount: request.signatories.count, groups: request.groups, hasClosing: !request.signatories.isEmpty)
        let nameStyle = TextStyle(fontSet: request.fontSet, weight: .bold, size: settings.nameSize, language: request.language)
        var numberWidth = 0.0
        if settings.numbering, !request.signatories.isEmpty {
            let widest = ShapedText(counts.string(request.signatories.count) + ".", style: nameStyle.with(weight: .regular), library: library)
            numberWidth = widest.width + settings.nameSize * 0.6
        }
        let width = paginator.columnWidth - numberWidth
        func style(_ weight: FontWeight, _ size: Double) -> ParagraphStyle {
            ParagraphStyle(text: TextStyle(fontSet: request.fontSet, weight: weight, size: size, language: request.language),
                           alignment: .start, width: width, hangingIndent: size, startSide: request.direction)
        }
        setter = EntrySetter(name: style(.bold, settings.nameSize), details: style(.regular, settings.detailSize),
                             nameLeading: settings.nameLeading, detailLeading: settings.detailLeading,
                             spacing: settings.entrySpacing, fields: settings.fields, numberWidth: numberWidth, library: library,
                             wordLines: WordLineSetter(cache: WordCache(library: library)), paragraphs: ParagraphCache(),
                             inkBoxes: GlyphInkBoxes(library: library))
    }

    /// The heading ("Signatories (1,234)"), or nil when there are none.
    func heading() -> FlowBlock? {
        guard !request.signatories.isEmpty else { return nil }
        let text = request.text(layout: request.settings.signatories.headingTemplate, term: .signatoriesHeading,
                                count: request.signatureCount)
        guard !text.isEmpty else { return nil }
        let heading = request.settings.heading
        let paragraph = SetParagraph(text, style: fullWidth(.bold, heading.size).directed(for: text), leading: heading.leading,
                                     x: frame.left, library: library)
        let settings = request.settings.signatories
        let firstEntries = 3 * (settings.nameLeading + settings.detailLeading + settings.entrySpacing)
        return FlowBlock(paragraph: paragraph, spaceBefore: heading.spaceBefore * 2, spaceAfter: heading.spaceAfter,
                         keepWithNext: true, keepTogether: true, reserveBelow: heading.spaceAfter + firstEntries)
    }

    /// Height of a group heading continued from the last column ("France (continued)").
    var continuedHeight: Double { groupHeading(0, continued: true, x: 0).height }

    /// Glyph runs of a column's items.
    func runs(for column: PagePlan.Column) -> [GlyphRun] {
        var runs: [GlyphRun] = []
        // An entry is typically four runs: number, name, and a detail line or two.
        runs.reserveCapacity(column.flow.count * 4)
        var y = column.top
        if let group = column.continuedGroup {
            let heading = groupHeading(group, continued: true, x: column.x)
            runs += heading.runs(top: y)
            y += heading.height
        }
        // Each entry is drawn by the setter that measured it, whose caches hold its words.
        let secondHalfStart = secondHalf?.start ?? Int.max
        let secondSetter = secondHalf?.setter ?? setter
        let numbering = request.settings.signatories.numbering
        for index in column.flow {
            switch flow.item(at: index) {
            case .entry(let entry):
                let signatory = request.signatories[entry]
                let number = numbering ? counts.string(entry + 1) + "." : nil
                if index >= secondHalfStart {
                    y += secondSetter.place(signatory, number: number, x: column.x, top: y, into: &runs)
                } else {
                    y += setter.place(signatory, number: number, x: column.x, top: y, into: &runs)
                }
            case .groupHeading(let group):
                let heading = groupHeading(group, continued: false, x: column.x)
                runs += heading.runs(top: y)
                y += heading.height
            case .closing:
                runs += closing(x: column.x).runs(top: y)
            }
        }
        return runs
    }

    /// The first and last entry numbers (1-based) on a page's columns, if it has entries.
    func entryRange(of columns: [PagePlan.Column]) -> ClosedRange<Int>? {
        let entries = columns.flatMap { column in column.flow.compactMap { index -> Int? in
            if case .entry(let entry) = flow.item(at: index) { return entry + 1 }
            return nil
        } }
        guard let first = entries.first, let last = entries.last else { return nil }
        return first...last
    }

    /// The group a page's first column continues or starts, for the footer's `{group}`.
    func group(of columns: [PagePlan.Column]) -> String {
        guard let first = columns.first else { return "" }
        if let group = first.continuedGroup { return request.groups[group].name }
        if let index = first.flow.first, case .groupHeading(let group) = flow.item(at: index) { return request.groups[group].name }
        return ""
    }

    private func fullWidth(_ weight: FontWeight, _ size: Double) -> ParagraphStyle {
        ParagraphStyle(text: TextStyle(fontSet: request.fontSet, weight: weight, size: size, language: request.language),
                       alignment: .start, width: frame.width, startSide: request.direction)
    }

    func groupHeading(_ group: Int, continued: Bool, x: Double) -> StackedText {
        let settings = request.settings.signatories
        let name = request.groups.isEmpty ? "" : BidiIsolation.isolate(request.groups[group].name)
        let count = request.groups.isEmpty ? 0 : request.groups[group].entries.count
        let text = continued ? terms.text(.groupContinued, ["group": name])
            : terms.text(.groupHeading, count: count, ["group": name])
        let size = settings.nameSize + 1.5
        return StackedText(paragraphs: [SetParagraph(text, style: columnStyle(.bold, size), leading: size * 1.25, x: x, library: library)],
                           spaceBefore: settings.entrySpacing * 2, spaceAfter: settings.entrySpacing)
    }

    func closing(x: Double) -> StackedText {
        let settings = request.settings.signatories
        var paragraphs = [SetParagraph(terms.text(.total, count: request.signatureCount), style: columnStyle(.bold, settings.nameSize),
                                       leading: settings.nameLeading, x: x, library: library)]
        if let digest = request.listDigest {
            // Groups of eight hex digits give the line breaker places to break.
            let grouped = stride(from: 0, to: digest.count, by: 8).map { offset -> String in
                let start = digest.index(digest.startIndex, offsetBy: offset)
                return String(digest[start..<(digest.index(start, offsetBy: 8, limitedBy: digest.endIndex) ?? digest.endIndex)])
            }.joined(separator: " ")
            let notes = request.settings.notes
            paragraphs.append(SetParagraph(terms.text(.listDigest, ["digest": grouped]), style: columnStyle(.regular, notes.size),
                                           leading: notes.leading, x: x, library: library))
        }
        return StackedText(paragraphs: paragraphs, spaceBefore: settings.entrySpacing * 3, spaceAfter: 0)
    }

    private func columnStyle(_ weight: FontWeight, _ size: Double) -> ParagraphStyle {
        ParagraphStyle(text: TextStyle(fontSet: request.fontSet, weight: weight, size: size, language: request.language),
                       alignment: .start, width: paginator.columnWidth, startSide: request.direction)
    }
}
