import Diagnostics
import Foundation
import PetitionPrinter

/// The table `petition batch` prints on standard error: one row per translation.
enum BatchSummary {
    static func table(_ outcomes: [BatchOutcome], wallSeconds: Double) -> String {
        var rows = [["letter", "language", "pages", "warnings", "time", "result"]]
        for outcome in outcomes {
            let name = (outcome.letter as NSString).lastPathComponent
            let time = String(format: "%.2fs", outcome.seconds)
            switch outcome.result {
            case .success(let result):
                rows.append([name, result.language, String(result.pageCount), String(result.warnings.count), time, result.outputPath ?? ""])
            case .failure:
                rows.append([name, "-", "-", "-", time, "FAILED"])
            }
        }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        let failed = outcomes.filter { !$0.succeeded }.map { ($0.letter as NSString).lastPathComponent }
        lines.append("\(outcomes.count - failed.count) of \(outcomes.count) rendered in \(String(format: "%.2f", wallSeconds))s"
                     + (failed.isEmpty ? "" : "; failed: " + failed.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }

    /// The lines about the combined PDF: its pages and each translation's, the letters left
    /// out, or why it was not written.
    static func combined(_ result: Result<CombinedSummary, any Error>, path: String) -> String {
        switch result {
        case .success(let summary):
            let sections = summary.sections.map { "\($0.title) (\($0.language)) pages \($0.pages.lowerBound)–\($0.pages.upperBound)" }
            var lines = ["combined: \(path): \(summary.pageCount) pages, \(summary.sections.count) translations: "
                         + sections.joined(separator: ", ")]
            if !summary.leftOut.isEmpty {
                lines.append("combined: left out (failed): " + summary.leftOut.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "))
            }
            return lines.joined(separator: "\n")
        case .failure(let error):
            return Diagnostic.of(error).map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.file = diagnostic.file ?? path
                diagnostic.message = "combined PDF not written: " + diagnostic.message
                return diagnostic.description
            }.joined(separator: "\n")
        }
    }
}
