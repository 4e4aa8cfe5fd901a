import Foundation
import Diagnostics

/// A cursor over the Unicode scalars of a layout file that keeps track of line and column.
///
/// Columns count Unicode scalars, as `SourceLocation` documents. `\r\n` line ends are read
/// as `\n`.
struct TOMLScanner {
    let file: String
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(text: String, file: String) {
        var scalars = Array(text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
        self.file = file
    }

    var isAtEnd: Bool { index >= scalars.count }

    /// The scalar under the cursor, or `nil` at the end of the text.
    var current: Unicode.Scalar? { peek(0) }

    /// The scalar `offset` places after the cursor, or `nil` past the end.
    func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// True at a line break or at the end of the text.
    var isAtLineEnd: Bool { current == nil || current == "\n" }

    /// Where the cursor is.
    var location: SourceLocation {
        SourceLocation(file: file, line: line, column: index - lineStart + 1)
    }

    mutating func advance() {
        guard let scalar = current else { return }
        index += 1
        if scalar == "\n" {
            line += 1
            lineStart = index
        }
    }

    /// Skips spaces and tabs, not line breaks.
    mutating func skipSpaces() {
        while current == " " || current == "\t" { advance() }
    }

    /// Skips a `#` comment up to, not including, the line break.
    mutating func skipComment() {
        guard current == "#" else { return }
        while !isAtLineEnd { advance() }
    }

    /// Skips spaces, a comment and the line break that ends the line; throws if anything else
    /// is left on the line. `what` names the thing just read, for the message.
    mutating func finishLine(after what: String) throws {
        skipSpaces()
        skipComment()
        guard isAtLineEnd else {
            throw InputError(at: location, "unexpected text after \(what)")
        }
        advance()
    }

    /// Reads scalars while `belongs` accepts them and returns what it read.
    mutating func scanWhile(_ belongs: (Unicode.Scalar) -> Bool) -> String {
        var text = String.UnicodeScalarView()
        while let scalar = current, belongs(scalar) {
            text.append(scalar)
            advance()
        }
        return String(text)
    }

    /// Whether `scalar` may appear in a bare key: ASCII letters, digits, `_` and `-`.
    static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }
}
