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
