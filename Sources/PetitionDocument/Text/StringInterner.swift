import Foundation

/// Shares one copy of field values that repeat, such as organisations, cities and countries, so
/// a million rows do not hold a million copies of "Parents for Clean Water".
///
/// Values of up to 15 UTF-8 bytes are stored inline in a `String` and are returned as they are.
/// The table stops growing at `capacity` distinct values, so a column of unique values costs
/// little.
struct StringInterner {
    static let capacity = 50_000
    private var table: [UTF8Key: String] = [:]

    mutating func intern(_ value: String) -> String {
        guard value.utf8.count > 15 else { return value }
        let key = UTF8Key(value)
        if let shared = table[key] { return shared }
        if table.count < Self.capacity { table[key] = value }
        return value
    }
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

/// Remembers a value computed for each Unicode scalar the first time it is asked for: a flat
/// table for the scalars below U+10000, a dictionary for the others.
struct ScalarMemo<Value> {
    private var basic: [Value?] = Array(repeating: nil, count: 0x10000)
    private var other: [UInt32: Value] = [:]
    private let make: (Unicode.Scalar) -> Value

    init(_ make: @escaping (Unicode.Scalar) -> Value) {
        self.make = make
    }

    mutating func value(for scalar: Unicode.Scalar) -> Value {
        let code = scalar.value
        if code < 0x10000 {
            if let known = basic[Int(code)] { return known }
            let value = make(scalar)
            basic[Int(code)] = value
            return value
        }
        if let known = other[code] { return known }
        let value = make(scalar)
        other[code] = value
        return value
    }
}
