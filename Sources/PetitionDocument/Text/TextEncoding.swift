import CICUShim
import Diagnostics

/// The character encoding of a signatory file (`--encoding`). A file that starts with a UTF-16
/// byte order mark is read as UTF-16 whatever this says.
public enum TextEncoding: String, CaseIterable, Sendable {
    /// The default: invalid sequences reject their row, with the byte offset.
    case utf8 = "utf-8"
    /// ISO 8859-1: each byte is the character with that code (U+0000-U+00FF).
    case latin1
    /// Windows code page 1252: Latin-1 with printable characters (€, curly quotes, Œ, ž...) in
    /// 0x80-0x9F. Its five unassigned bytes read as the C1 controls of the same code, as
    /// browsers do (WHATWG Encoding), and are then removed and reported by the sanitiser.
    case windows1252 = "windows-1252"
}

/// Turns the bytes of a file in another encoding into UTF-8, keeping its line ends, so the
/// readers only ever see UTF-8 and line numbers stay those of the file.
enum Transcoder {
    /// `bytes` in a single-byte encoding, as UTF-8, decoded by ICU's converter for it.
    ///
    /// - Throws: `InputError` naming the file when ICU cannot convert (its converter data is
    ///   missing: Debian package libicu-dev); Latin-1 and Windows-1252 define every byte.
    static func utf8(fromSingleByte bytes: UnsafeBufferPointer<UInt8>, _ encoding: TextEncoding,
                     file: String) throws(InputError) -> [UInt8] {
        // ASCII stays one byte; every other byte becomes at most 3 (both stay in the BMP).
        let capacity = bytes.reduce(bytes.count) { $0 + ($1 < 0x80 ? 0 : 2) }
        guard capacity <= Int(Int32.max) else {
            throw InputError(file: file, "file too large to read as \(encoding.rawValue) (its UTF-8 would pass 2 GB)")
        }
        let charset = encoding == .windows1252 ? "windows-1252" : "ISO-8859-1"
        var invalidOffset: Int32 = 0
        var length: Int32 = 0
        let output = [UInt8](unsafeUninitializedCapacity: max(1, capacity)) { buffer, count in
            length = pp_convert_to_utf8(charset, bytes.baseAddress, Int32(bytes.count), buffer.baseAddress,
                                        Int32(buffer.count), &invalidOffset)
            count = max(0, Int(length))
        }
        guard length >= 0 else {
            throw InputError(file: file, "could not read the file as \(encoding.rawValue) (ICU's converter failed with \(length))")
        }
        return output
    }

    /// `bytes` in UTF-16 after its byte order mark (FF FE little-endian, FE FF big-endian), as
    /// UTF-8 without the mark.
    ///
    /// - Throws: `InputError` naming the line and byte offset of an unpaired surrogate or of an
    ///   odd byte at the end.
    static func utf8(fromUTF16 bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) -> [UInt8] {
        let littleEndian = bytes[0] == 0xFF
        func unit(at offset: Int) -> UInt32 {
            littleEndian ? UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
                : UInt32(bytes[offset]) << 8 | UInt32(bytes[offset + 1])
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 2)
        var line = 1
        var offset = 2
        while offset < bytes.count {
            guard offset + 1 < bytes.count else {
                throw InputError(at: SourceLocation(file: file, line: line, column: 1),
                                 "UTF-16 file ends in the middle of a character (odd byte at byte offset \(offset))")
            }
            var code = unit(at: offset)
            offset += 2
            if (0xD800...0xDBFF).contains(code), offset + 1 < bytes.count, (0xDC00...0xDFFF).contains(unit(at: offset)) {
                code = 0x10000 + ((code - 0xD800) << 10) + (unit(at: offset) - 0xDC00)
                offset += 2
            } else if (0xD800...0xDFFF).contains(code) {
                throw InputError(at: SourceLocation(file: file, line: line, column: 1),
                                 "invalid UTF-16: unpaired surrogate at byte offset \(offset - 2)")
            }
            if code == 0x0A { line += 1 }
            appendUTF8(code, to: &output)
        }
        return output
    }

    /// Appends scalar `code` as UTF-8; `code` is a decoded scalar value (surrogates were
    /// paired or refused by the caller), so it is always valid.
    private static func appendUTF8(_ code: UInt32, to output: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(code) else { return }
        UTF8.encode(scalar) { output.append($0) }
    }
}

/// Byte order marks at the start of a file.
enum ByteOrderMark {
    /// 3 when the bytes start with the UTF-8 byte order mark EF BB BF, else 0.
    static func utf8Length(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Whether the bytes start with a UTF-16 byte order mark (FF FE or FE FF), as spreadsheet
    /// "Unicode text" exports do.
    static func isUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }
}

/// Strict UTF-8 checking on raw bytes, so that a bad byte can be reported where it is instead of
/// being replaced silently as `String(decoding:as:)` would.
package enum UTF8Validation {
    /// The length of the well-formed UTF-8 sequence that starts at `index`, or `nil` when the
    /// bytes there are not well-formed (Unicode Standard, Table 3-7: no overlong forms, no
    /// surrogates, nothing above U+10FFFF).
    static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let second: ClosedRange<UInt8>
        let length: Int
        switch lead {
        case 0xC2...0xDF: second = 0x80...0xBF; length = 2
        case 0xE0: second = 0xA0...0xBF; length = 3
        case 0xE1...0xEC, 0xEE...0xEF: second = 0x80...0xBF; length = 3
        case 0xED: second = 0x80...0x9F; length = 3
        case 0xF0: second = 0x90...0xBF; length = 4
        case 0xF1...0xF3: second = 0x80...0xBF; length = 4
        case 0xF4: second = 0x80...0x8F; length = 4
        default: return nil
        }
        guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }

    /// The offset of the first byte in `range` that does not start a well-formed sequence.
    static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(in: bytes, at: index) else { return index }
            index += length
        }
        return nil
    }

    /// The scalar starting at `index` of well-formed UTF-8, and its length in bytes.
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let (length, value): (Int, UInt32)
        switch lead {
        case ..<0x80: (length, value) = (1, lead)
        case ..<0xE0: (length, value) = (2, (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))
        case ..<0xF0:
            (length, value) = (3, (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F))
        default:
            (length, value) = (4, (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F))
        }
        return (Unicode.Scalar(value)!, length)
    }
}
