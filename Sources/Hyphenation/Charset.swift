/// The charset named on the first line of a dictionary file.
///
/// Supported: UTF-8 (and US-ASCII, read as UTF-8), ISO 8859-1, -2, -5, -7, -13, -15, KOI8-R, KOI8-U and
/// Windows-1250/1251/1252 (also spelled `microsoft-cp1251`, `cp1251`). Those cover the charsets that the
/// OpenOffice/LibreOffice hyphenation dictionaries declare for the European languages (Debian's
/// `hyph_ru_RU.dic`, for one, is KOI8-R). Names are matched ignoring case and punctuation, so
/// `ISO8859-1`, `iso-8859-1` and `ISO_8859_1` are the same.
enum DictionaryCharset: Sendable {
    case utf8
    case singleByte(SingleByteCharset)

    init?(name: String) {
        let key = String(name.lowercased().unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") })
        switch key {
        case "utf8", "usascii", "ascii":
            self = .utf8
        case "iso88591", "latin1", "isolatin1", "l1":
            self = .singleByte(SingleByteCharset(upperHalf: nil))
        case "iso88592", "latin2", "isolatin2", "l2":
            self = .singleByte(SingleByteCharset(upperHalf: SingleByteCharset.iso8859_2Table))
        case "iso88595", "isocyrillic":
            self = .singleByte(SingleByteCharset(upperHalf: SingleByteCharset.iso8859_5Table))
        case "iso88597", "isogreek":
            self = .singleByte(SingleByteCharset(upperHalf: SingleByteCharset.iso8859_7Table))
        case "iso885913", "latin7":
            self = .singleByte(SingleByteCharset(upperHalf: SingleByteCharset.iso8859_13Table))
        case "iso885915", "latin9":
            self = .singleByte(SingleByteCharset(upperHalf: SingleByteCharset.iso8859_15Table))
        case "koi8r":
            self = .singleByte(SingleByteCharset(upperHalf: SingleByteCharset.koi8RTable))
        case "koi8u":
            self = .singleByte(SingleByteCharset(upperHalf: SingleByteCharset.koi8UTable))
        case "cp1250", "windows1250", "microsoftcp1250":
            self = .singleByte(SingleByteCharset(upperHalf: SingleByteCharset.windows1250Table))
        case "cp1251", "windows1251", "microsoftcp1251":
            self = .singleByte(SingleByteCharset(upperHalf: SingleByteCharset.windows1251Table))
        case "cp1252", "windows1252", "microsoftcp1252":
            self = .singleByte(SingleByteCharset(upperHalf: SingleByteCharset.windows1252Table))
        default:
            return nil
        }
    }
}

/// A single-byte charset: ASCII below 0x80, a table above (nil table = ISO 8859-1, the identity).
struct SingleByteCharset: Sendable {
    let upperHalf: [UInt16]?

    /// The scalar value for `byte`, or nil when the charset leaves the byte undefined.
    @inline(__always)
    func scalar(for byte: UInt8) -> UInt32? {
        guard byte >= 0x80, let upperHalf else { return UInt32(byte) }
        let value = upperHalf[Int(byte) - 0x80]
        return value == 0 ? nil : UInt32(value)
    }
}
