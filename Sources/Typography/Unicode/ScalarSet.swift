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

    /// Adds every scalar of `text`: the overload a `String` takes. This runs over every field of
    /// a long list (1.2 million at 100,000 rows), and the generic one below is not specialised
    /// for callers in other modules, which made each short field cost four times as much.
    public mutating func insert(contentsOf text: String) {
        if words.count < 2 { words += repeatElement(0, count: 2 - words.count) }
        var text = text
        text.withUTF8 { insert(utf8: $0) }
    }

    /// Adds every scalar of `text`, read from its UTF-8 bytes in one pass: this runs over every
    /// field of a long list, and going through the generic string views per character (this
    /// function is not specialised for its callers in other modules) cost ten times as much.
    public mutating func insert(contentsOf text: some StringProtocol) {
        if words.count < 2 { words += repeatElement(0, count: 2 - words.count) }
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { insert(utf8: $0) }
        if done == nil {
            var copy = String(text)
            copy.withUTF8 { insert(utf8: $0) }
        }
    }

    /// Adds the scalars of well-formed UTF-8: ASCII bytes (most of a long list) go straight into
    /// the first two words; a longer sequence is decoded from its lead byte.
    private mutating func insert(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                words[Int(lead >> 6)] |= 1 << UInt64(lead & 63)
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + length <= bytes.count else { return }
            var value = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            if let scalar = Unicode.Scalar(value) { insert(scalar) }
            index += length
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
