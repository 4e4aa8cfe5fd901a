import Foundation

/// How many distinct values the tables that remember work per value (details read, their
/// compared forms, confusable skeletons) keep at most, so a column of unique values costs little.
enum RememberedValues {
    static let capacity = 50_000
}

/// A string as a dictionary key compared by its UTF-8 bytes.
///
/// `String`'s own hashing normalises the text first, which is slow for non-ASCII text and not
/// needed here: every field is already in NFC, so equal text has equal bytes.
struct UTF8Key: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        var lhs = lhs.text
        var rhs = rhs.text
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
    }
}

/// Remembers bytes computed for each Unicode scalar the first time it is asked for (such as its
/// lowercase form in UTF-8), with one flag: a slot per scalar below U+10000, a dictionary for
/// the others, and all the bytes back to back in one buffer.
///
/// Looking a scalar up copies no array, so the hot loops of the duplicate and look-alike keys
/// retain and release nothing per character.
struct ScalarBytesMemo {
    /// Where one scalar's bytes are in `bytes`, and its flag.
    struct Entry {
        fileprivate let start: UInt32
        fileprivate let count: UInt16
        let flag: Bool
    }

    private var bytes: [UInt8] = []
    /// For each scalar below U+10000, its entry packed as `known << 63 | flag << 62 | count << 32
    /// | start`; 0 when not made yet.
    private var basic = [UInt64](repeating: 0, count: 0x10000)
    private var other: [UInt32: UInt64] = [:]
    private let make: (Unicode.Scalar) -> (bytes: [UInt8], flag: Bool)

    init(_ make: @escaping (Unicode.Scalar) -> (bytes: [UInt8], flag: Bool)) {
        self.make = make
    }

    /// The entry of `scalar`, made and remembered when first asked for.
    mutating func entry(for scalar: Unicode.Scalar) -> Entry {
        let code = scalar.value
        var packed = code < 0x10000 ? basic[Int(code)] : other[code] ?? 0
        if packed == 0 {
            let (made, flag) = make(scalar)
            precondition(made.count <= Int(UInt16.max) && bytes.count + made.count <= Int(UInt32.max))
            packed = 1 << 63 | (flag ? 1 << 62 : 0) | UInt64(made.count) << 32 | UInt64(bytes.count)
            bytes.append(contentsOf: made)
            if code < 0x10000 { basic[Int(code)] = packed } else { other[code] = packed }
        }
        return Entry(start: UInt32(truncatingIfNeeded: packed), count: UInt16(truncatingIfNeeded: packed >> 32),
                     flag: packed & (1 << 62) != 0)
    }

    /// Appends the bytes of `entry` to `output`.
    func append(_ entry: Entry, to output: inout [UInt8]) {
        if entry.count == 1 { return output.append(bytes[Int(entry.start)]) }
        bytes.withUnsafeBufferPointer { buffer in
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[Int(entry.start)..<Int(entry.start) + Int(entry.count)]))
        }
    }
}
