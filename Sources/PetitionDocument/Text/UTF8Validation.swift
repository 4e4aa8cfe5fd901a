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
