import Foundation
import PetitionLayout
import Synchronization

/// A one-line progress bar on standard error, redrawn in place, only when standard error is a
/// terminal (logs and pipes stay clean). Redraws only when the shown percentage changes.
final class ProgressBar: Sendable {
    private let enabled = isatty(STDERR_FILENO) != 0
    /// The phase and percentage on screen.
    private let shown = Mutex<(LayoutProgress.Phase, Int)?>(nil)
    private let width = 30

    func update(_ progress: LayoutProgress) {
        guard enabled, progress.total > 0 else { return }
        let percent = min(100, progress.done * 100 / progress.total)
        let changed = shown.withLock { shown in
            guard shown.map({ $0 != (progress.phase, percent) }) ?? true else { return false }
            shown = (progress.phase, percent)
            return true
        }
        guard changed else { return }
        let filled = width * percent / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let label = progress.phase == .measuring ? "measuring entries" : "pages \(progress.done)/\(progress.total)"
        FileHandle.standardError.write(Data("\r\(bar) \(percent)% \(label)\u{1B}[K".utf8))
    }

    /// Clears the bar's line so the summary that follows starts clean.
    func finish() {
        guard enabled, shown.withLock({ $0 != nil }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
