import Diagnostics
import Foundation

/// Reads an open letter written as plain UTF-8 text.
///
/// In order: decode the bytes (`LetterDecoder`), take out what cannot be printed
/// (`LetterSanitizer`), read the optional `Key: value` header
/// (`HeaderParser`), group the body into blocks (`BlockAssembler`), then take a title from the
/// first line when the header has none (`TitleRule`).
public enum LetterParser {
    /// Parses the letter in `data`; `file` names it in locations and errors.
    ///
    /// - Throws: `InputError` when the bytes are not UTF-8 text, a `Language:` header value is not
    ///   a language tag, or there is nothing but white space and header.
    public static func parse(_ data: Data, file: String) throws(InputError) -> Letter {
        let (lines, sanitising) = LetterSanitizer.sanitize(try LetterDecoder.lines(of: data, file: file), file: file)
        guard let first = lines.firstIndex(where: { !$0.isBlank }) else { throw emptyLetter(file) }
        let firstBlockEnd = lines[first...].firstIndex(where: \.isBlank) ?? lines.endIndex

        var letter = Letter(warnings: sanitising)
        var bodyStart = first
        if let header = try HeaderParser.parse(lines[first..<firstBlockEnd], file: file) {
            letter.metadata = header.metadata
            letter.warnings += header.warnings
            bodyStart = firstBlockEnd
        }
        var blocks = BlockAssembler.blocks(from: lines[bodyStart...], file: file)
        guard !blocks.isEmpty else { throw emptyLetter(file) }
        TitleRule.extractTitle(from: &blocks, into: &letter.metadata)
        letter.blocks = blocks.map(\.block)
        return letter
    }

    private static func emptyLetter(_ file: String) -> InputError {
        InputError(file: file, "the letter is empty")
    }
}

/// Splits the bytes of a letter into decoded lines, rejecting what is not plain UTF-8 text.
///
/// Accepts a UTF-8 byte order mark and LF, CRLF or CR line ends. Stops at the first invalid
/// UTF-8 sequence or control character (other than tab) with its line and column; columns count
/// Unicode scalars from 1 and do not count the byte order mark.
enum LetterDecoder {
    static func lines(of data: Data, file: String) throws(InputError) -> [SourceLine] {
        let result: Result<[SourceLine], InputError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return Result { () throws(InputError) in try lines(of: bytes, file: file) }
        }
        return try result.get()
    }

    private static func lines(of bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) -> [SourceLine] {
        if ByteOrderMark.isUTF16(bytes) {
            throw InputError(file: file, "the letter is UTF-16 text; save it as UTF-8")
        }
        var lines: [SourceLine] = []
        var index = ByteOrderMark.utf8Length(bytes)
        var lineStart = index
        var lineNumber = 1
        var column = 1

        func finishLine(at end: Int) {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self)
            lines.append(SourceLine(number: lineNumber, text: text))
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                finishLine(at: index)
                let isCRLF = byte == ASCII.carriageReturn && index + 1 < bytes.count
                    && bytes[index + 1] == ASCII.lineFeed
                index += isCRLF ? 2 : 1
                lineStart = index
                lineNumber += 1
                column = 1
                continue
            }
            let location = SourceLocation(file: file, line: lineNumber, column: column)
            if byte < 0x20 && byte != ASCII.tab {
                throw InputError(at: location, controlCharacterMessage(byte))
            }
            guard let length = UTF8Validation.sequenceLength(in: bytes, at: index) else {
                let hex = String(byte, radix: 16, uppercase: true)
                throw InputError(at: location, "invalid UTF-8 (byte 0x\(hex)); save the letter as UTF-8 text")
            }
            index += length
            column += 1
        }
        if lineStart < bytes.count { finishLine(at: bytes.count) }
        return lines
    }

    private static func controlCharacterMessage(_ byte: UInt8) -> String {
        if byte == 0 { return "NUL byte: this looks like a binary file, not a plain-text letter" }
        let code = String(byte, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: 4 - code.count) + code
        return "control character U+\(padded) is not allowed in a plain-text letter (is this a binary file?)"
    }
}

/// One physical line of a letter file, decoded, without its line end.
struct SourceLine: Sendable {
    /// 1-based line number in the file.
    let number: Int
    let text: String

    /// Whether the line holds nothing but white space (no-break spaces included).
    var isBlank: Bool { text.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
}
