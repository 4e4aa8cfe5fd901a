import Diagnostics

/// Turns the bytes of a file in another encoding into UTF-8, keeping its line ends, so the
/// readers only ever see UTF-8 and line numbers stay those of the file.
enum Transcoder {
    /// The characters of Windows-1252 at 0x80-0x9F; unassigned bytes keep their C1 code.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// `bytes` in a single-byte encoding, as UTF-8.
    static func utf8(fromSingleByte bytes: UnsafeBufferPointer<UInt8>, _ encoding: TextEncoding) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let code = encoding == .windows1252 && byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt16(byte)
            appendUTF8(UInt32(code), to: &output)
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
