import Diagnostics
import Foundation
import PetitionLayout
import Synchronization

/// Messages for people go to standard error, so standard output can carry a PDF.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints what `error` stands for as diagnostics (`file:line:column: error: message`).
    static func report(_ error: any Error) {
        for diagnostic in Diagnostic.of(error) { print(diagnostic.description) }
    }
}

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
