/// The Unicode scalars of a stretch of UTF-16 text with their offsets, decoded in place (no
/// intermediate String). Unpaired surrogates come out as U+FFFD, one unit wide.
public struct UTF16Scalars: Sequence {
    let units: [UInt16]
    let range: Range<Int>

    public init(_ units: [UInt16], range: Range<Int>? = nil) {
        self.units = units
        self.range = range ?? 0..<units.count
    }

    public struct Iterator: IteratorProtocol {
        let units: [UInt16]
        var offset: Int
        let end: Int

        /// The next scalar, its UTF-16 offset and its width in units.
        public mutating func next() -> (scalar: Unicode.Scalar, offset: Int, width: Int)? {
            guard offset < end else { return nil }
            let unit = units[offset]
            let start = offset
            if unit & 0xFC00 == 0xD800, offset + 1 < end, units[offset + 1] & 0xFC00 == 0xDC00 {
                let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[offset + 1]) - 0xDC00)
                offset += 2
                return (Unicode.Scalar(value) ?? "\u{FFFD}", start, 2)
            }
            offset += 1
            return (Unicode.Scalar(unit) ?? "\u{FFFD}", start, 1)
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(units: units, offset: range.lowerBound, end: range.upperBound)
    }
}
