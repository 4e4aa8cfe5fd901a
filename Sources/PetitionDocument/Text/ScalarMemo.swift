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
