import Foundation

/// Keeps every signatory text inside its column: a text that needs more than `maximumLines`
/// lines, or holds a word wider than the column (a 2,000-character URL), is cut to the longest
/// start that fits, followed by "…", and reported. Names are already at most
/// `FieldSanitizer.maximumCharacters` long when they get here, so this is rare and the search
/// (a bisection over the characters kept) stays cheap.
extension EntrySetter {
    /// Lines one text of an entry (the name, or the detail line) may take.
    static let maximumLines = 12

    /// Whether a set text stays inside its column.
    static func fits(_ set: SetText) -> Bool {
        guard set.lineCount <= maximumLines else { return false }
        if case .paragraph(let paragraph) = set { return paragraph.overfullLineCount == 0 }
        return true
    }

    /// The longest start of `text` that fits with an ellipsis after it, set, and how many
    /// characters it keeps; `nil` when not even the ellipsis alone fits.
    func fitted(_ text: String, style: ParagraphStyle, leading: Double,
                x: Double) -> (set: SetText, keptCharacters: Int)? {
        let characters = Array(text)
        func attempt(_ count: Int) -> SetText {
            let kept = String(characters[..<count]).trimmingCharacters(in: .whitespaces)
            return setAsIs(kept + "…", style: style, leading: leading, x: x)
        }
        var best = attempt(0)
        guard Self.fits(best) else { return nil }
        var low = 0
        var high = characters.count
        while low < high {
            let middle = (low + high + 1) / 2
            let set = attempt(middle)
            if Self.fits(set) {
                low = middle
                best = set
            } else {
                high = middle - 1
            }
        }
        return (best, low)
    }
}
