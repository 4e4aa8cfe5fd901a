/// Finds what makes the raw bytes of one row unusable, so that one bad row is rejected on its
/// own instead of failing the whole file.
enum RowCheck {
    /// A reason to reject the row in `range` of `bytes`, or `nil` when it is UTF-8 text. Byte
    /// offsets count from 0 at the start of the file.
    static func problem(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> String? {
        if let nul = bytes[range].firstIndex(of: 0) {
            return "NUL byte at byte offset \(nul)"
        }
        if let bad = UTF8Validation.firstInvalidByte(in: bytes, range: range) {
            return "invalid UTF-8 at byte offset \(bad)"
        }
        return nil
    }
}
