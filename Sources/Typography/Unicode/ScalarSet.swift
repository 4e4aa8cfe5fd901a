/// A set of Unicode scalars as one bit each (136 KB for all of Unicode, allocated as far as the
/// largest scalar added): cheap to fill from every character of a long document.
public struct ScalarSet: Sendable, Equatable {
    private var words: [UInt64] = []

    public init() {}

    public mutating func insert(_ scalar: Unicode.Scalar) {
        let word = Int(scalar.value / 64)
        if word >= words.count { words += repeatElement(0, count: word + 1 - words.count) }
        words[word] |= 1 << UInt64(scalar.value % 64)
    }

    /// Adds every scalar of `text`. Plain ASCII text (most of a long list) is read byte by byte.
    public mutating func insert(contentsOf text: some StringProtocol) {
        if words.count < 2 { words += repeatElement(0, count: 2 - words.count) }
        for byte in text.utf8 {
            guard byte < 0x80 else {
                for scalar in text.unicodeScalars { insert(scalar) }
                return
            }
            words[Int(byte >> 6)] |= 1 << UInt64(byte & 63)
        }
    }

    /// Adds every scalar of `range`.
    public mutating func insert(_ range: ClosedRange<Unicode.Scalar>) {
        for value in range.lowerBound.value...range.upperBound.value {
            if let scalar = Unicode.Scalar(value) { insert(scalar) }
        }
    }

    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let word = Int(scalar.value / 64)
        return word < words.count && words[word] & (1 << UInt64(scalar.value % 64)) != 0
    }

    /// The scalars in the set, in ascending order.
    public var scalars: [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for (index, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                let bit = bits.trailingZeroBitCount
                bits &= bits - 1
                if let scalar = Unicode.Scalar(UInt32(index * 64 + bit)) { result.append(scalar) }
            }
        }
        return result
    }
}
