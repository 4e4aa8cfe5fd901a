import CICUShim

/// The charset named on the first line of a dictionary file.
///
/// Supported: UTF-8 (and US-ASCII, read as UTF-8), ISO 8859-1, -2, -5, -7, -13, -15, KOI8-R, KOI8-U and
/// Windows-1250/1251/1252 (also spelled `microsoft-cp1251`, `cp1251`). Those cover the charsets that the
/// OpenOffice/LibreOffice hyphenation dictionaries declare for the European languages (Debian's
/// `hyph_ru_RU.dic`, for one, is KOI8-R). Names are matched ignoring case and punctuation, so
/// `ISO8859-1`, `iso-8859-1` and `ISO_8859_1` are the same. ICU's converters decode the single-byte
/// charsets, so no code page table is copied here.
enum DictionaryCharset: Sendable, Equatable {
    case utf8
    /// A single-byte charset, by the name of ICU's converter for it.
    case singleByte(icuName: String)

    init?(name: String) {
        let key = String(name.lowercased().unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") })
        switch key {
        case "utf8", "usascii", "ascii":
            self = .utf8
        case "iso88591", "latin1", "isolatin1", "l1":
            self = .singleByte(icuName: "ISO-8859-1")
        case "iso88592", "latin2", "isolatin2", "l2":
            self = .singleByte(icuName: "ISO-8859-2")
        case "iso88595", "isocyrillic":
            self = .singleByte(icuName: "ISO-8859-5")
        case "iso88597", "isogreek":
            self = .singleByte(icuName: "ISO-8859-7")
        case "iso885913", "latin7":
            self = .singleByte(icuName: "ISO-8859-13")
        case "iso885915", "latin9":
            self = .singleByte(icuName: "ISO-8859-15")
        case "koi8r":
            self = .singleByte(icuName: "KOI8-R")
        case "koi8u":
            self = .singleByte(icuName: "KOI8-U")
        case "cp1250", "windows1250", "microsoftcp1250":
            self = .singleByte(icuName: "windows-1250")
        case "cp1251", "windows1251", "microsoftcp1251":
            self = .singleByte(icuName: "windows-1251")
        case "cp1252", "windows1252", "microsoftcp1252":
            self = .singleByte(icuName: "windows-1252")
        default:
            return nil
        }
    }
}

extension DictionaryCharset {
    /// `bytes` in the single-byte charset `icuName`, as UTF-8, decoded by ICU's converter.
    ///
    /// - Throws: `HyphenationDictionaryError` (`invalidEncoding`) naming the line of a byte the
    ///   charset leaves undefined, counting `bytes` as starting on line `firstLine`.
    static func utf8(from bytes: UnsafeBufferPointer<UInt8>, icuName: String, file: String?,
                     firstLine: Int) throws -> [UInt8] {
        // ASCII stays one byte; every other byte becomes at most 3 (all these charsets stay in the BMP).
        let capacity = bytes.reduce(bytes.count) { $0 + ($1 < 0x80 ? 0 : 2) }
        guard capacity <= Int(Int32.max) else {
            throw HyphenationDictionaryError(kind: .invalidEncoding, file: file, line: firstLine,
                                             message: "file too large to decode from \(icuName)")
        }
        var invalidOffset: Int32 = 0
        var length: Int32 = 0
        let output = [UInt8](unsafeUninitializedCapacity: max(1, capacity)) { buffer, count in
            length = pp_convert_to_utf8(icuName, bytes.baseAddress, Int32(bytes.count), buffer.baseAddress,
                                        Int32(buffer.count), &invalidOffset)
            count = max(0, Int(length))
        }
        if length == PP_CONVERT_UNDEFINED_BYTE {
            let offset = Int(invalidOffset)
            let line = firstLine + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw HyphenationDictionaryError(kind: .invalidEncoding, file: file, line: line,
                                             message: "byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) is undefined in the declared charset")
        }
        guard length >= 0 else {
            throw HyphenationDictionaryError(kind: .invalidEncoding, file: file, line: firstLine,
                                             message: "ICU could not decode \(icuName) (error \(length)); is libicu-dev installed?")
        }
        return output
    }
}
