import Foundation

/// Messages for people go to standard error, so standard output can carry a PDF.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
