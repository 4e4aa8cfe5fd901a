import Foundation
import PetitionLayout

/// A one-line progress bar on standard error, redrawn in place, only when standard error is a
/// terminal (logs and pipes stay clean). Redraws only when the shown percentage changes.
final class ProgressBar: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) != 0
    private var shown: (LayoutProgress.Phase, Int)?
    private let width = 30

    func update(_ progress: LayoutProgress) {
        guard enabled, progress.total > 0 else { return }
        let percent = min(100, progress.done * 100 / progress.total)
        guard shown.map({ $0 != (progress.phase, percent) }) ?? true else { return }
        shown = (progress.phase, percent)
        let filled = width * percent / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let label = progress.phase == .measuring ? "measuring entries" : "pages \(progress.done)/\(progress.total)"
        FileHandle.standardError.write(Data("\r\(bar) \(percent)% \(label)\u{1B}[K".utf8))
    }

    /// Clears the bar's line so the summary that follows starts clean.
    func finish() {
        guard enabled, shown != nil else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
