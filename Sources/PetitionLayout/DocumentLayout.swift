import Diagnostics
import DisplayList
import Foundation
import LayoutFile
import Localisation
import PetitionDocument
import Typography

/// What a layout run produced, besides the pages.
public struct LayoutSummary: Sendable {
    /// Pages produced, the cover and colophon included.
    public var pageCount: Int
    public var warnings: [Diagnostic]
    /// Which pages (counting the cover) each part of the document fills.
    public var sections: [DocumentSection] = []
    /// Which pages each group of the signatory list fills, in list order.
    public var groups: [DocumentSection] = []
}

/// Lays out a whole document: the letter, then the signatories in columns, each page with its
/// footer. Pagination is decided first (so "page X of Y" is known); then each page is built and
/// handed to the sink at once, so pages stream to the renderer.
public struct DocumentLayout {
    let request: LayoutRequest
    let library: FontLibrary
    let frame: PageFrame
    /// The letter language's words, and what the margins need of them on every page: worked out
    /// once, as ICU is slow to open for each of thousands of pages.
    let terms: Terms
    let pageNumbers: NumberFormat
    /// The footer of signature pages, in the plural form the total takes; empty for none.
    let signatureFooter: String

    public init(_ request: LayoutRequest, library: FontLibrary) {
        self.request = request
        self.library = library
        terms = request.terms
        // `[footer] digits` asks for native page numbers even where other numbers are Latin.
        pageNumbers = request.settings.footer.digits == .native ? terms.with(digits: .native).numbers : terms.numbers
        signatureFooter = request.settings.footer.signatureText
            ?? terms.term(.footerSignatures)?.text(for: terms.plurals.category(of: request.signatories.count)) ?? ""
        let page = request.settings.page
        frame = PageFrame(pageWidth: page.size.width, pageHeight: page.size.height, marginTop: page.marginTop,
                          marginBottom: page.marginBottom, marginLeft: page.marginInner, marginRight: page.marginOuter)
            .mirrored(for: request.direction)
    }

    /// Lays the document out, sending each finished page to `sink`. `progress`, if given, hears
    /// about long work now and then (every thousand entries measured, every page). An error
    /// thrown by `progress` stops the layout there and comes out of `layOut` (a caller cancels
    /// a render that way).
    public func layOut(into sink: inout some PageSink, progress: ((LayoutProgress) throws -> Void)? = nil) throws -> LayoutSummary {
        var warnings: [Diagnostic] = []
        var flow = LetterBlocks(request: request, frame: frame, library: library).build()
        var signatorySection = SignatorySection(request: request, frame: frame, library: library)
        var headingBlock: Int?
        let listStartsOwnPage = request.listStartsOwnPage
        if var heading = signatorySection.heading() {
            heading.startsPage = listStartsOwnPage
            headingBlock = flow.count
            flow.append((heading, nil))
        }
        let blocks = flow.map(\.block)
        for (block, location) in flow { warnings += LayoutWarnings.for(block.paragraph, at: location) }

        var (plans, end) = LetterPaginator(frame: frame).paginate(blocks)
        let heights = try signatorySection.measure(warnings: &warnings, progress: progress)
        // Measuring a long list touched much of its fonts' files (7 MB at 100,000 names, CJK
        // faces mostly), and the pages that follow use little of it again: measured, 0.2 MB
        // comes back. A short list touches little, and its pages are not worth reading again.
        if heights.count >= 10_000 { library.releaseResidentPages() }
        if !heights.isEmpty {
            let startsNewPage = end + (heights.first ?? 0) > frame.bottom
                || (listStartsOwnPage && headingBlock == nil && end > frame.top)
            let columnPages = signatorySection.paginator.paginate(
                signatorySection.flow, heights: heights, continuedHeight: signatorySection.continuedHeight,
                firstTop: startsNewPage ? frame.top : end)
            for (index, columns) in columnPages.enumerated() {
                if index > 0 || startsNewPage { plans.append(PagePlan()) }
                plans[plans.count - 1].columns = columns
            }
        }
        let outline = DocumentOutline(plans: plans, headingBlock: headingBlock, title: request.letter.metadata.title,
                                      letterBookmark: terms.text(.letter), listBookmark: terms.text(.signatoriesBookmark),
                                      list: signatorySection.flow, heights: heights,
                                      continuedHeight: signatorySection.continuedHeight)
        var parts = request.settings.parts
        if parts.cover, !CoverPage.hasContent(request.letter) {
            parts.cover = false
            warnings.append(.warning(at: request.letter.blocks.first.map { SourceLocation(file: $0.location.file, line: 1, column: 1) },
                                    "cover page left out: the letter has no Title or Organiser header and does not open with a "
                                    + "heading, so the cover would be blank (add \"Title: ...\" to the letter's header)"))
        }
        if parts.cover { try sink.add(CoverPage(request: request, frame: frame, library: library).page()) }
        for (number, plan) in plans.enumerated() {
            try sink.add(page(plan, number: number + 1, of: plans.count, blocks: blocks, section: signatorySection,
                              outline: outline))
            try progress?(LayoutProgress(phase: .pages, done: number + 1, total: plans.count))
        }
        if request.settings.parts.figures, let figures = request.figures {
            try sink.add(FiguresPage(request: request, figures: figures, frame: frame, library: library).page())
        }
        if request.settings.parts.colophon {
            try sink.add(ColophonPage(request: request, frame: frame, library: library).page())
        }
        let figuresPages = parts.figures && request.figures != nil ? 1 : 0
        return LayoutSummary(pageCount: plans.count + (parts.cover ? 1 : 0) + figuresPages + (parts.colophon ? 1 : 0), warnings: warnings,
                             sections: outline.sections(cover: parts.cover, figures: figuresPages == 1, colophon: parts.colophon),
                             groups: outline.groupSections(cover: parts.cover))
    }

    private func page(_ plan: PagePlan, number: Int, of total: Int, blocks: [FlowBlock], section: SignatorySection,
                      outline: DocumentOutline) -> Page {
        var page = PageBuilder(width: frame.pageWidth, height: frame.pageHeight, label: String(number))
        for bookmark in outline.bookmarks(onPage: number - 1, plan: plan, blocks: blocks, frame: frame) {
            page.addBookmark(bookmark)
        }
        for placed in plan.lines {
            let block = blocks[placed.block]
            page.add(block.paragraph.runs(ofLine: placed.line, baseline: placed.baseline),
                     role: block.keepTogether ? .heading : .paragraph, element: placed.block,
                     addresses: block.paragraph.addresses)
        }
        var fields = ["page": pageNumbers.ungrouped(number), "pages": pageNumbers.ungrouped(total)]
        var template = request.settings.footer.text ?? terms.text(.footer)
        if !plan.columns.isEmpty {
            // The whole page's list is one structure element, however many names it holds.
            for column in plan.columns { page.add(section.runs(for: column), role: .list, element: -1) }
            // A loose signature sheet still says what was signed and which names it holds.
            if let range = section.entryRange(of: plan.columns) {
                let counts = section.counts
                fields["range"] = range.count == 1 ? counts.string(range.lowerBound)
                    : terms.text(.entryRange, ["first": counts.string(range.lowerBound), "last": counts.string(range.upperBound)])
                fields["total"] = counts.string(request.signatories.count)
                fields["group"] = section.group(of: plan.columns)
                if !signatureFooter.isEmpty { template = signatureFooter }
            }
            // Every signature page says what was signed, unless the letter's opening (its title)
            // is on the same page.
            if !plan.lines.contains(where: { $0.block == 0 }) {
                page.addUntagged(marginLine(request.settings.header.text ?? terms.text(.header), fields: fields, baseline: frame.top / 2 + request.settings.footer.size / 2))
            }
        }
        page.addUntagged(marginLine(template, fields: fields, baseline: frame.bottom + (frame.pageHeight - frame.bottom) / 2))
        return page.page
    }

    /// A running header or footer from its template, centred in the margin on `baseline`.
    private func marginLine(_ template: String, fields: [String: String], baseline: Double) -> [PageItem] {
        let settings = request.settings.footer
        guard !template.isEmpty else { return [] }
        let metadata = request.letter.metadata
        let known = ["title": metadata.title ?? "", "date": metadata.date ?? "", "request": metadata.subtitle ?? ""]
        let values = fields.merging(known, uniquingKeysWith: { field, _ in field })
            .mapValues { $0.isEmpty ? "" : BidiIsolation.isolate($0) }
        var text = Template.fill(template, fields: values)
        // An empty field at either end must not leave its separator dangling ("— page 1 of 2").
        text = text.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "—–-|·•,:")))
        let style = ParagraphStyle(text: TextStyle(fontSet: request.fontSet, size: settings.size, language: request.language),
                                   alignment: .centered, width: frame.width, direction: request.direction)
        let paragraph = SetParagraph(text, style: style, leading: settings.size * 1.2, x: frame.left, library: library)
        return paragraph.lines.indices.prefix(1).flatMap { index in
            paragraph.runs(ofLine: index, baseline: baseline, gray: 0.3).map(PageItem.glyphs)
        }
    }
}

/// How far a layout has got, for a progress bar: the phase and the work done in it.
public struct LayoutProgress: Sendable, Equatable {
    public enum Phase: String, Sendable {
        /// Setting every signatory entry once to learn its height.
        case measuring
        /// Building and writing pages.
        case pages
    }

    public var phase: Phase
    public var done: Int
    public var total: Int
}
