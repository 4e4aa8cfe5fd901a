/// One physical line of a letter file, decoded, without its line end.
struct SourceLine: Sendable {
    /// 1-based line number in the file.
    let number: Int
    let text: String

    /// Whether the line holds nothing but white space (no-break spaces included).
    var isBlank: Bool { text.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
}
