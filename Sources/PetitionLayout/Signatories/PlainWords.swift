import PetitionDocument
import Typography

/// The words of a plain left-to-right text, read from its UTF-8 bytes: the text must hold
/// nothing that may need bidi (``BidiLevels/isPlainLeftToRight(_:)``), no control character
/// or line/paragraph separator, and its words must be separated by single spaces (no space at
/// either end). Words are split where `String.split(separator: " ")` splits them: at a space
/// that is a character of its own (not one a following combining mark attaches to).
enum PlainWords {
    /// Calls `body` with the byte range of each word of `text`, in order; returns false, having
    /// called nothing, when the text is not plain.
    static func forEach(in text: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
        guard let spacesStandAlone = check(text) else { return false }
        guard spacesStandAlone else { return forEachCharacterWord(in: text, body) }
        var start = 0
        for index in 0..<text.count where text[index] == 0x20 {
            body(start..<index)
            start = index + 1
        }
        body(start..<text.count)
        return true
    }

    /// Nil when `text` is not plain; otherwise whether no space is followed by a scalar that may
    /// join it in one character (so splitting at space bytes splits at characters).
    private static func check(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = text.first, let last = text.last, first != 0x20, last != 0x20 else { return nil }
        var spacesStandAlone = true
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                if byte < 0x20 { return nil }
                if byte == 0x20 {
                    let next = text[index + 1]
                    if next == 0x20 { return nil }
                    if next >= 0x80, mayJoinPrecedingSpace(UTF8Validation.decode(text, at: index + 1).0.value) { spacesStandAlone = false }
                }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Validation.decode(text, at: index)
            if mayNeedBidiOrBreaksLines(scalar.value) { return nil }
            index += length
        }
        return spacesStandAlone
    }

    /// The rare text with a space followed by a non-ASCII character: split as `String` does.
    private static func forEachCharacterWord(in text: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
        let string = String(decoding: text, as: UTF8.self)
        let words = string.split(separator: " ", omittingEmptySubsequences: false)
        guard !words.contains(where: \.isEmpty) else { return false }
        for word in words {
            let start = string.utf8.distance(from: string.startIndex, to: word.startIndex)
            body(start..<start + word.utf8.count)
        }
        return true
    }

    /// Whether `value` may extend a grapheme cluster that starts with a space (UAX #29: a
    /// combining or spacing mark, another grapheme extender, or ZERO WIDTH JOINER).
    private static func mayJoinPrecedingSpace(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.properties.isGraphemeExtend || value == 0x200D
        }
    }

    /// The UTF-16 test of ``BidiLevels/isPlainLeftToRight(_:)`` on a whole scalar (every scalar
    /// past the BMP is written with surrogates, which that test rejects), plus the line and
    /// paragraph separators.
    private static func mayNeedBidiOrBreaksLines(_ scalar: UInt32) -> Bool {
        scalar >= 0x0590 && (scalar < 0x2000 || (0x200E...0x200F).contains(scalar) || (0x202A...0x202E).contains(scalar)
            || (0x2066...0x2069).contains(scalar) || scalar >= 0xD800 || scalar == 0x2028 || scalar == 0x2029)
    }
}
