import Diagnostics
import DisplayList
import Foundation
import LayoutFile
import PetitionDocument
import Typography

/// What a layout run produced, besides the pages.
public struct LayoutSummary: Sendable {
    public var pageCount: Int
    public var warnings: [Warning]
}

/// Lays out a whole document: the letter, then the signatories in columns, each page with its
/// footer. Pagination is decided first (so "page X of Y" is known); then each page is built and
/// handed to the sink at once, so pages stream to the renderer.
public struct DocumentLayout {
    let request: LayoutRequest
    let library: FontLibrary
    let frame: PageFrame

    public init(_ request: LayoutRequest, library: FontLibrary) {
        self.request = request
        self.library = library
        let page = request.settings.page
        frame = PageFrame(pageWidth: page.size.width, pageHeight: page.size.height, marginTop: page.marginTop,
                          marginBottom: page.marginBottom, marginLeft: page.marginInner, marginRight: page.marginOuter)
            .mirrored(for: request.direction)
    }

    /// Lays the document out, sending each finished page to `sink`.
    public func layOut(into sink: inout some PageSink) throws -> LayoutSummary {
        var warnings: [Warning] = []
        var flow = LetterBlocks(request: request, frame: frame, library: library).build()
        let signatorySection = SignatorySection(request: request, frame: frame, library: library)
        if let heading = signatorySection.heading() { flow.append((heading, nil)) }
        let blocks = flow.map(\.block)
        for (block, location) in flow { warnings += Self.warnings(for: block.paragraph, at: location) }

        var (plans, end) = LetterPaginator(frame: frame).paginate(blocks)
        let heights = signatorySection.entryHeights(warnings: &warnings)
        var entryTops = [Double](repeating: 0, count: heights.count)
        if !heights.isEmpty {
            let startsNewPage = end + (heights.first ?? 0) > frame.bottom
            let columnPages = signatorySection.paginator.paginate(heights: heights, firstTop: startsNewPage ? frame.top : end)
            for (index, columns) in columnPages.enumerated() {
                if index > 0 || startsNewPage { plans.append(PagePlan()) }
                plans[plans.count - 1].columns = columns
                for column in columns {
                    var y = column.top
                    for entry in column.entries { entryTops[entry] = y; y += heights[entry] }
                }
            }
        }
        for (number, plan) in plans.enumerated() {
            try sink.add(page(plan, number: number + 1, of: plans.count, blocks: blocks, entryTops: entryTops,
                              section: signatorySection))
        }
        return LayoutSummary(pageCount: plans.count, warnings: warnings)
    }

    private func page(_ plan: PagePlan, number: Int, of total: Int, blocks: [FlowBlock], entryTops: [Double],
                      section: SignatorySection) -> Page {
        var page = Page(width: frame.pageWidth, height: frame.pageHeight)
        for placed in plan.lines {
            for run in blocks[placed.block].paragraph.runs(ofLine: placed.line, baseline: placed.baseline) {
                page.items.append(.glyphs(run))
            }
        }
        for column in plan.columns {
            for entry in column.entries {
                for run in section.runs(for: entry, x: column.x, top: entryTops[entry]) { page.items.append(.glyphs(run)) }
            }
        }
        page.items += footer(page: number, of: total)
        return page
    }

    private func footer(page: Int, of total: Int) -> [PageItem] {
        let settings = request.settings.footer
        guard !settings.text.isEmpty else { return [] }
        let metadata = request.letter.metadata
        let text = settings.text
            .replacingOccurrences(of: "{title}", with: BidiIsolation.isolate(metadata.title ?? ""))
            .replacingOccurrences(of: "{page}", with: NativeDigits.format(page, digits: settings.digits, language: request.language))
            .replacingOccurrences(of: "{pages}", with: NativeDigits.format(total, digits: settings.digits, language: request.language))
            .replacingOccurrences(of: "{date}", with: BidiIsolation.isolate(metadata.date ?? ""))
            // An empty field at either end must not leave its separator dangling ("— page 1 of 2").
            .trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "—–-|·•,:")))
        let style = ParagraphStyle(text: TextStyle(fontSet: request.fontSet, size: settings.size, language: request.language),
                                   alignment: .centered, width: frame.width, direction: request.direction)
        let paragraph = SetParagraph(text, style: style, leading: settings.size * 1.2, x: frame.left, library: library)
        let baseline = frame.bottom + (frame.pageHeight - frame.bottom) / 2
        return paragraph.lines.indices.prefix(1).flatMap { index in
            paragraph.runs(ofLine: index, baseline: baseline, gray: 0.3).map(PageItem.glyphs)
        }
    }

    /// The start of a paragraph, to name it in a message.
    private static func excerpt(_ utf16: [UInt16]) -> String {
        let text = String(decoding: utf16, as: UTF16.self)
        return text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }

    static func warnings(for paragraph: SetParagraph, at location: SourceLocation?) -> [Warning] {
        let utf16 = paragraph.shaped.utf16
        var warnings = paragraph.shaped.missingGlyphs.map { missing in
            let position = String(decoding: utf16[..<missing.offset], as: UTF16.self).unicodeScalars.count + 1
            let code = String(missing.scalar.value, radix: 16, uppercase: true)
            return Warning(at: location, "no font in the font set covers U+\(code) '\(missing.scalar)' (character \(position) of \"\(Self.excerpt(utf16))\"); it prints as a missing-glyph box")
        }
        let overfull = paragraph.overfullLineCount
        if overfull > 0 {
            warnings.append(Warning(at: location, "\(overfull) line(s) could not be broken within the measure and stick out into the margin"))
        }
        return warnings
    }
}
