import Diagnostics
import Foundation
import PetitionLayout
import DisplayList
import LayoutFile
import PetitionDocument

/// What a render produced, for `petition render --report json`: pages, where each part of the
/// document is, counts, rejected rows, warnings, fonts, previews and timings.
public struct RenderReport: Codable, Sendable, Equatable {
    /// A part of the document and its pages, counted from 1 (the cover included).
    public struct Section: Codable, Sendable, Equatable {
        public var name: String
        public var firstPage: Int
        public var lastPage: Int

        init(_ section: DocumentSection) {
            name = section.name
            firstPage = section.pages.lowerBound
            lastPage = section.pages.upperBound
        }
    }

    /// Signatory rows read, printed and rejected.
    public struct Signatories: Codable, Sendable, Equatable {
        public var rows: Int
        public var printed: Int
        public var rejected: Int
    }

    /// A row of a signatory file that was not printed.
    public struct Reject: Codable, Sendable, Equatable {
        /// The signatory file the row is in.
        public var file: String
        public var line: Int
        public var reason: String
    }

    /// Seconds spent reading and checking the inputs, laying out and writing, and in all.
    public struct Timings: Codable, Sendable, Equatable {
        public var reading: Double
        public var layoutAndRendering: Double
        public var total: Double
    }

    /// The PDF file written, if any.
    public var output: String?
    public var layout: String
    public var pages: Int
    /// The trimmed page size in points.
    public var pageWidth: Double
    public var pageHeight: Double
    /// Bleed in points on every side (0 for none).
    public var bleed: Double
    public var sections: [Section]
    /// The signatory list's groups and their pages, in list order (empty for an ungrouped list).
    public var groups: [Section]
    public var signatories: Signatories?
    public var rejects: [Reject]
    /// The warnings as `Diagnostic`s, field by field: `{"severity": "warning", "file":
    /// "list.csv", "line": 3, "column": 1, "message": "...", "hint": "..."}` (absent fields are
    /// left out), the same values the command line prints.
    public var warnings: [Diagnostic]
    /// Font files used, as `file` or `file#face`, sorted.
    public var fonts: [String]
    /// PNG previews written, in page order.
    public var previews: [String]
    public var timings: Timings
    /// The figures page's numbers, when the document has one.
    public var figures: FiguresReport?

    /// The report as indented JSON with sorted keys.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

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
