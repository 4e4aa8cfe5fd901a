/// Which white space the readers fold, shared by the letter and the signatory list.
///
/// Every Unicode `White_Space` character is folded into a single space, except the no-break
/// spaces U+00A0, U+2007 and U+202F: writers put those in on purpose (before a French colon,
/// inside a number) and they are kept as written.
enum Whitespace {
    static func isCollapsible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x2007, 0x202F: false
        default: scalar.properties.isWhitespace
        }
    }

    /// `text` with leading and trailing collapsible white space removed and every inner run of it
    /// replaced by one U+0020.
    static func collapse<S: StringProtocol>(_ text: S) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isCollapsible(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// `text` without leading and trailing collapsible white space.
    static func trim(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isCollapsible($0) }),
              let last = scalars.lastIndex(where: { !isCollapsible($0) })
        else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }
}
