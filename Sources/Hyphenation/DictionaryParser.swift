import Diagnostics
import Foundation

/// What a dictionary file says, before it becomes a `HyphenationPatterns`.
struct ParsedDictionary: Sendable {
    var alphabet = PatternAlphabet()
    /// One trie per level; two when the file has `NEXTLEVEL`.
    var levels: [PatternTrie] = []
    var leftMin: Int?
    var rightMin: Int?
    var compoundLeftMin: Int?
    var compoundRightMin: Int?
    /// `NOHYPHEN` strings that consist of letters only (the others can never occur in a word we hyphenate).
    var noHyphen: [[UInt32]] = []
}

/// Reads the libhyphen (OpenOffice/LibreOffice `hyph_*.dic`) format from raw bytes.
///
/// * Line 1 names the charset; the rest is decoded with it (see `DictionaryCharset`).
/// * Blank lines and lines starting with `%` or `#` are comments, and so is the rest of a line from a
///   `%` token on.
/// * `LEFTHYPHENMIN n`, `RIGHTHYPHENMIN n`, `COMPOUNDLEFTHYPHENMIN n`, `COMPOUNDRIGHTHYPHENMIN n` set the minimums
///   wherever they appear (the last one wins); `NOHYPHEN a,b,...` lists strings next to which no break is made.
/// * `NEXTLEVEL` ends the first (compound) level; the file may have at most two levels.
/// * Every other whitespace-separated token is a pattern (libhyphen reads only the first token of a line;
///   the dictionaries have one per line): letters with digits between them, `.` for a word edge.
/// * A non-standard replacement after `/` (`c1k/k=k,1,2`, "backen" -> "bak-ken") is dropped and only the
///   standard break positions are kept: the typesetter only inserts hyphens and never respells a word.
/// * Of two digits in a row the last counts, as in libhyphen: Debian's German file has `5ab61la1ge`, which
///   libhyphen, and so LibreOffice, reads as `5ab1la1ge`. A pattern listed twice keeps its last digits.
/// * Pattern letters are put in NFC, like words; patterns of zeros are kept, since they shadow others.
enum DictionaryParser {
    /// - Parameters:
    ///   - charset: the charset to decode with; nil reads it from line 1. Line 1 is skipped either way.
    static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String?, charset declared: DictionaryCharset?) throws -> ParsedDictionary {
        var position = 0
        let end = bytes.count
        if end >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }

        func lineEnd(from start: Int) -> Int {
            var i = start
            while i < end && bytes[i] != 0x0A { i += 1 }
            return i
        }

        // Line 1: the charset.
        let firstEnd = lineEnd(from: position)
        let charset: DictionaryCharset
        if let declared {
            charset = declared
        } else {
            let raw = UnsafeBufferPointer(rebasing: bytes[position..<firstEnd])
            let name = String(decoding: raw, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty {
                throw HyphenationDictionaryError(kind: .missingCharset, file: file, line: 1,
                                                 message: "the first line must name the charset (e.g. UTF-8 or ISO8859-1)")
            }
            guard let known = DictionaryCharset(name: name) else {
                throw HyphenationDictionaryError(kind: .unknownCharset(name), file: file, line: 1,
                                                 message: "unknown charset \"\(name)\" (supported: UTF-8, ISO8859-1/2/5/7/13/15, KOI8-R, KOI8-U, windows-1250/1251/1252)")
            }
            charset = known
        }
        if case .singleByte(let icuName) = charset {
            // The rest, from line 1's end, decoded to UTF-8 and read again: line 1 is then empty.
            let rest = UnsafeBufferPointer(rebasing: bytes[firstEnd..<end])
            let decoded = try DictionaryCharset.utf8(from: rest, icuName: icuName, file: file, firstLine: 1)
            return try decoded.withUnsafeBufferPointer { try parse(bytes: $0, file: file, charset: .utf8) }
        }

        var builder = Builder(file: file, expectedNodes: (end - firstEnd) / 3)
        let buffers = ParseBuffers()
        var lineNumber = 1
        position = firstEnd + 1
        while position < end {
            lineNumber += 1
            let stop = lineEnd(from: position)
            buffers.ensure(capacity: stop - position + 1)
            let line = buffers.line
            var n = 0
            var i = position
            while i < stop {
                let lead = bytes[i]
                if lead < 0x80 {
                    line[n] = UInt32(lead)
                    i += 1
                } else {
                    guard let (scalar, length) = decodeUTF8(bytes, at: i, end: stop) else {
                        throw HyphenationDictionaryError(kind: .invalidEncoding, file: file, line: lineNumber,
                                                         message: "invalid UTF-8")
                    }
                    line[n] = scalar
                    i += length
                }
                n += 1
            }
            try builder.addLine(UnsafeBufferPointer(start: line, count: n), number: lineNumber,
                                remainingBytes: end - stop, buffers: buffers)
            position = stop + 1
        }
        return builder.finish()
    }

    /// Decodes one multi-byte UTF-8 sequence starting at `i`; nil when it is malformed.
    @inline(__always)
    private static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (UInt32, Int)? {
        let lead = UInt32(bytes[i])
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; scalar = lead & 0x1F
        case 0xE0...0xEF: length = 3; scalar = lead & 0x0F
        case 0xF0...0xF4: length = 4; scalar = lead & 0x07
        default: return nil
        }
        guard i + length <= end else { return nil }
        for k in 1..<length {
            let byte = UInt32(bytes[i + k])
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | (byte & 0x3F)
        }
        switch length {
        case 3: guard scalar >= 0x800 && !(0xD800...0xDFFF).contains(scalar) else { return nil }
        case 4: guard scalar >= 0x10000 && scalar <= 0x10FFFF else { return nil }
        default: break
        }
        return (scalar, length)
    }

    static func isSpace(_ scalar: UInt32) -> Bool {
        scalar == 0x20 || scalar == 0x09 || scalar == 0x0D || scalar == 0x0B || scalar == 0x0C || scalar == 0xA0 || scalar == 0xFEFF
    }

    /// Scratch memory for one line and one pattern, grown to the longest line.
    private final class ParseBuffers {
        private(set) var capacity = 0
        private(set) var line = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
        private(set) var letters = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
        private(set) var digits = UnsafeMutablePointer<UInt8>.allocate(capacity: 2)
        private(set) var codes = UnsafeMutablePointer<UInt16>.allocate(capacity: 1)

        init() { ensure(capacity: 256) }

        func ensure(capacity needed: Int) {
            guard needed > capacity else { return }
            release()
            capacity = Swift.max(needed, capacity * 2)
            line = .allocate(capacity: capacity)
            letters = .allocate(capacity: capacity)
            digits = .allocate(capacity: capacity + 1)
            codes = .allocate(capacity: capacity)
        }

        private func release() {
            line.deallocate()
            letters.deallocate()
            digits.deallocate()
            codes.deallocate()
        }

        deinit { release() }
    }

    private struct Builder {
        let file: String?
        var alphabet = PatternAlphabet()
        var levels: [PatternTrieBuilder]
        var leftMin: Int?
        var rightMin: Int?
        var compoundLeftMin: Int?
        var compoundRightMin: Int?
        var noHyphen: [[UInt32]] = []

        init(file: String?, expectedNodes: Int) {
            self.file = file
            levels = [PatternTrieBuilder(expectedNodes: expectedNodes)]
        }

        func finish() -> ParsedDictionary {
            var result = ParsedDictionary()
            result.alphabet = alphabet
            result.levels = levels.map { $0.build(alphabetSize: alphabet.count) }
            result.leftMin = leftMin
            result.rightMin = rightMin
            result.compoundLeftMin = compoundLeftMin
            result.compoundRightMin = compoundRightMin
            result.noHyphen = noHyphen
            return result
        }

        func error(_ kind: HyphenationDictionaryError.Kind, _ line: Int, _ message: String) -> HyphenationDictionaryError {
            HyphenationDictionaryError(kind: kind, file: file, line: line, message: message)
        }

        mutating func addLine(_ line: UnsafeBufferPointer<UInt32>, number: Int, remainingBytes: Int, buffers: ParseBuffers) throws {
            var i = 0
            let n = line.count
            while i < n && DictionaryParser.isSpace(line[i]) { i += 1 }
            guard i < n else { return }
            let first = line[i]
            if first == 0x25 /* % */ || first == 0x23 /* # */ { return }
            if first >= 0x41 && first <= 0x5A,
               try directive(line, from: i, number: number, remainingBytes: remainingBytes) { return }
            while i < n {
                while i < n && DictionaryParser.isSpace(line[i]) { i += 1 }
                guard i < n, line[i] != 0x25 else { return }
                var j = i
                while j < n && !DictionaryParser.isSpace(line[j]) { j += 1 }
                try addPattern(UnsafeBufferPointer(rebasing: line[i..<j]), number: number, buffers: buffers)
                i = j
            }
        }

        /// Handles a directive line; false when the line is not one (it is then read as patterns).
        private mutating func directive(_ line: UnsafeBufferPointer<UInt32>, from start: Int, number lineNumber: Int,
                                        remainingBytes: Int) throws -> Bool {
            var j = start
            while j < line.count && !DictionaryParser.isSpace(line[j]) { j += 1 }
            guard j - start <= 22 else { return false }
            let keyword = String(String.UnicodeScalarView(line[start..<j].compactMap(Unicode.Scalar.init)))
            var k = j
            while k < line.count && DictionaryParser.isSpace(line[k]) { k += 1 }
            var argumentEnd = line.count
            while argumentEnd > k && DictionaryParser.isSpace(line[argumentEnd - 1]) { argumentEnd -= 1 }
            let argument = String(String.UnicodeScalarView(line[k..<argumentEnd].compactMap(Unicode.Scalar.init)))

            func value(_ name: String) throws -> Int {
                let token = argument.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
                guard let value = Int(token), value >= 0, value < 1000 else {
                    throw error(.invalidDirective, lineNumber, "\(name) needs a non-negative number, got \"\(argument)\"")
                }
                return value
            }

            switch keyword {
            case "NEXTLEVEL":
                guard levels.count < 2 else {
                    throw error(.tooManyLevels, lineNumber, "a second NEXTLEVEL: dictionaries have at most two levels")
                }
                levels.append(PatternTrieBuilder(expectedNodes: remainingBytes / 3))
            case "LEFTHYPHENMIN": leftMin = try value(keyword)
            case "RIGHTHYPHENMIN": rightMin = try value(keyword)
            case "COMPOUNDLEFTHYPHENMIN": compoundLeftMin = try value(keyword)
            case "COMPOUNDRIGHTHYPHENMIN": compoundRightMin = try value(keyword)
            case "NOHYPHEN":
                noHyphen = argument.split(separator: ",").compactMap { item in
                    let normalized = WordNormalizer.normalizedLowercase(String(item))
                    guard !normalized.isEmpty, normalized.allSatisfy({ WordNormalizer.isLetterOrMark($0) }) else { return nil }
                    return normalized.map(\.value)
                }
            default:
                return false
            }
            return true
        }

        private mutating func addPattern(_ token: UnsafeBufferPointer<UInt32>, number: Int, buffers: ParseBuffers) throws {
            let letters = buffers.letters, digits = buffers.digits, codes = buffers.codes
            var count = 0
            digits[0] = 0
            var needsNormalization = false
            for scalar in token {
                if scalar == 0x2F /* / */ { break }
                if scalar >= 0x30 && scalar <= 0x39 {
                    digits[count] = UInt8(scalar - 0x30)  // of two digits in a row the last counts, as in libhyphen
                } else {
                    letters[count] = scalar
                    count += 1
                    digits[count] = 0
                    if !WordNormalizer.isNFCStable(scalar) { needsNormalization = true }
                }
            }
            guard count > 0 else { return }
            if needsNormalization {
                var (normalizedLetters, normalizedDigits) = DictionaryParser.normalized(
                    letters: UnsafeBufferPointer(start: letters, count: count),
                    digits: UnsafeBufferPointer(start: digits, count: count + 1))
                try normalizedLetters.withUnsafeMutableBufferPointer { letters in
                    try normalizedDigits.withUnsafeMutableBufferPointer { digits in
                        try insert(letters: UnsafeMutableBufferPointer(rebasing: letters[...]), digits: digits,
                                   codes: nil, number: number)
                    }
                }
            } else {
                try insert(letters: UnsafeMutableBufferPointer(start: letters, count: count),
                           digits: UnsafeMutableBufferPointer(start: digits, count: count + 1),
                           codes: codes, number: number)
            }
        }

        private mutating func insert(letters: UnsafeMutableBufferPointer<UInt32>, digits: UnsafeMutableBufferPointer<UInt8>,
                                     codes: UnsafeMutablePointer<UInt16>?, number: Int) throws {
            var ownCodes: [UInt16] = []
            if codes == nil { ownCodes = [UInt16](repeating: 0, count: letters.count) }
            try ownCodes.withUnsafeMutableBufferPointer { own in
                let codes = codes.map { UnsafeMutableBufferPointer(start: $0, count: letters.count) } ?? own
                for k in 0..<letters.count {
                    guard let code = alphabet.insert(letters[k]) else {
                        throw error(.tooLarge, number, "too many distinct letters in the patterns")
                    }
                    codes[k] = code
                }
                guard levels[levels.count - 1].insert(letters: UnsafeBufferPointer(codes), digits: UnsafeBufferPointer(digits)) else {
                    throw error(.tooLarge, number, "too many patterns for one dictionary")
                }
            }
        }
    }

    /// Puts the letters between each pair of nonzero digits in NFC, keeping the digits where they were.
    private static func normalized(letters: UnsafeBufferPointer<UInt32>, digits: UnsafeBufferPointer<UInt8>) -> ([UInt32], [UInt8]) {
        var newLetters: [UInt32] = []
        var newDigits: [UInt8] = [digits[0]]
        var groupStart = 0
        for k in 1...letters.count where k == letters.count || digits[k] != 0 {
            let group = String(String.UnicodeScalarView(letters[groupStart..<k].compactMap(Unicode.Scalar.init)))
            for scalar in group.precomposedStringWithCanonicalMapping.unicodeScalars {
                newLetters.append(scalar.value)
                newDigits.append(0)
            }
            newDigits[newDigits.count - 1] = digits[k]
            groupStart = k
        }
        return (newLetters, newDigits)
    }
}

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
