import Diagnostics
import Foundation

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
