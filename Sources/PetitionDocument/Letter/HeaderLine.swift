/// One `Key: value` line of a letter header; the initializer fails for any other line.
///
/// A key starts with a letter and holds letters, digits, spaces, `-` and `_` (at most
/// `maximumKeyLength` characters). The colon must be followed by white space or the end of the
/// line, so `https://…` and `10:30` are not header lines.
struct HeaderLine {
    static let maximumKeyLength = 40

    let key: String
    /// Everything after the colon and the white space that follows it; may be empty.
    let value: String
    /// 1-based columns (in Unicode scalars) of the key and the value.
    let keyColumn: Int
    let valueColumn: Int

    init?(_ line: String) {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count, Whitespace.isCollapsible(scalars[index]) { index += 1 }
        let keyStart = index
        guard index < scalars.count, scalars[index].properties.isAlphabetic else { return nil }
        while index < scalars.count, scalars[index] != ":" {
            guard Self.isKeyScalar(scalars[index]) else { return nil }
            index += 1
        }
        let colon = index
        guard colon < scalars.count, colon - keyStart <= Self.maximumKeyLength else { return nil }
        guard colon + 1 == scalars.count || Whitespace.isCollapsible(scalars[colon + 1]) else { return nil }
        var valueStart = colon + 1
        while valueStart < scalars.count, Whitespace.isCollapsible(scalars[valueStart]) { valueStart += 1 }

        var keyScalars = String.UnicodeScalarView(scalars[keyStart..<colon])
        while let last = keyScalars.last, last == " " { keyScalars.removeLast() }
        key = String(keyScalars)
        value = String(String.UnicodeScalarView(scalars[valueStart...]))
        keyColumn = keyStart + 1
        valueColumn = valueStart + 1
    }

    private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " || scalar == "-" || scalar == "_"
    }
}
