/// Fills templates such as `{title} — page {page} of {pages}`: terms, running headers, footers.
public enum Template {
    /// `template` with each `{name}` that `fields` knows replaced by its value, in one pass over
    /// the template: a value is never searched for placeholders itself, so a title that reads
    /// "{page}" prints as written. Unknown names stay as they are. Plain string scanning, as this
    /// runs twice on each of thousands of signature pages.
    public static func fill(_ template: String, fields: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = fields[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}
