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
