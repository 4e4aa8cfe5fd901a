import DisplayList
import Foundation
import LayoutFile
import PetitionDocument
import PetitionLayout

/// What the report collects while a render runs, and how it becomes a `RenderReport`.
struct ReportParts {
    let readingTime: Duration
    let fonts = FontCollector()
    var sections: [DocumentSection] = []
    var groups: [DocumentSection] = []

    func report(for result: RenderResult, request: RenderRequest, settings: LayoutSettings, signatories: ProcessedSignatories?,
                totalTime: Duration) -> RenderReport {
        RenderReport(
            output: result.outputPath, layout: settings.name, pages: result.pageCount,
            pageWidth: settings.page.size.width, pageHeight: settings.page.size.height,
            bleed: request.production.bleed ?? settings.page.bleed,
            sections: sections.map(RenderReport.Section.init), groups: groups.map(RenderReport.Section.init),
            signatories: result.signatoryCounts.map { .init(rows: $0.rows, printed: $0.printed, rejected: $0.rejected) },
            rejects: signatories?.rejected.map { .init(file: $0.file, line: $0.line, reason: $0.reason) } ?? [],
            warnings: result.warnings,
            fonts: fonts.fonts.map(\.description).sorted(), previews: result.images.compactMap(\.file),
            timings: .init(reading: Self.seconds(readingTime), layoutAndRendering: Self.seconds(totalTime - readingTime),
                           total: Self.seconds(totalTime)))
    }

    /// Seconds to the millisecond.
    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return ((Double(seconds) + Double(attoseconds) / 1e18) * 1000).rounded() / 1000
    }
}
