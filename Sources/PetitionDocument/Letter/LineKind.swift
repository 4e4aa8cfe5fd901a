/// What a line of the body is, judged by how it starts. The line must already be trimmed.
///
/// - `# ` and `## ` start a heading of level 1 and 2 (`###` and deeper are ordinary text).
/// - `- `, `* `, `• ` start a bulleted item; `N. ` and `N) ` (one to nine digits) a numbered one.
/// - A marker needs white space after it and some text: `-` alone, `#hashtag` and `1.5` are text.
enum LineKind: Equatable {
    case heading(level: Int, text: Substring)
    case listItem(ListMarker, text: Substring)
    case text

    static func classify(_ line: Substring) -> LineKind {
        if let (level, rest) = heading(line) { return .heading(level: level, text: rest) }
        if let (marker, rest) = listItem(line) { return .listItem(marker, text: rest) }
        return .text
    }

    private static func heading(_ line: Substring) -> (Int, Substring)? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...2).contains(hashes), let rest = textAfterMarker(line.dropFirst(hashes)) else { return nil }
        return (hashes, rest)
    }

    private static func listItem(_ line: Substring) -> (ListMarker, Substring)? {
        guard let first = line.first else { return nil }
        if first == "-" || first == "*" || first == "•" {
            return textAfterMarker(line.dropFirst()).map { (.bullet, $0) }
        }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...9).contains(digits.count), let value = Int(digits) else { return nil }
        let afterDigits = line.dropFirst(digits.count)
        guard let delimiter = afterDigits.first, delimiter == "." || delimiter == ")" else { return nil }
        return textAfterMarker(afterDigits.dropFirst()).map { (.number(value), $0) }
    }

    /// The trimmed text after a marker, when white space follows the marker and text follows that.
    private static func textAfterMarker(_ rest: Substring) -> Substring? {
        guard let separator = rest.first, separator == " " || separator == "\t" else { return nil }
        let text = Whitespace.trim(rest)
        return text.isEmpty ? nil : text
    }
}
