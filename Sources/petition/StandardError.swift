import Diagnostics
import Foundation

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
