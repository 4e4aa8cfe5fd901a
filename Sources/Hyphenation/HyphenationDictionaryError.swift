import Diagnostics
import Foundation

/// Why a hyphenation dictionary could not be read.
///
/// Its diagnostic names where the problem is: the file path (or `<dictionary text>` when the
/// dictionary came from a string) and, when the problem is on one line, its 1-based number,
/// e.g. `/usr/share/hyphen/hyph_xx.dic:1: error: unknown charset "FOO-1"`.
public struct HyphenationDictionaryError: DiagnosticConvertible, Sendable, Equatable, LocalizedError {
    public enum Kind: Sendable, Equatable {
        /// The file could not be read at all.
        case unreadableFile
        /// The first line is empty: every dictionary starts with its charset name.
        case missingCharset
        /// The first line names a charset this reader does not know.
        case unknownCharset(String)
        /// A line is not valid in the declared charset (bad UTF-8, or a byte the charset leaves undefined).
        case invalidEncoding
        /// A directive (`LEFTHYPHENMIN` and friends) without a valid non-negative number.
        case invalidDirective
        /// A third `NEXTLEVEL`-separated level: the format has at most two.
        case tooManyLevels
        /// More patterns or distinct letters than the compact trie can index.
        case tooLarge
    }

    public let kind: Kind
    /// The path of the dictionary file, or nil when it was parsed from a string.
    public let file: String?
    /// The 1-based line number, when the problem is on one line.
    public let line: Int?
    /// What is wrong, without the location.
    public let message: String

    public init(kind: Kind, file: String?, line: Int?, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    public var diagnostics: [Diagnostic] { [Diagnostic(.error, file: file ?? "<dictionary text>", line: line, message)] }

    public var errorDescription: String? { description }
}
