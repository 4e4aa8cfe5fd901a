/// How the hard-wrapped lines of one paragraph are put back together.
///
/// Lines are joined with one space, except after a line that ends in a hyphen that belongs to
/// the word it ends:
/// - U+00AD SOFT HYPHEN, U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN: joined without a space,
///   the hyphen kept (`co‐` + `operation` gives `co‐operation`; a soft hyphen stays invisible and
///   still marks where the word may break).
/// - ASCII `-` right after a letter: joined without a space, the hyphen kept (`well-` + `known`
///   gives `well-known`). A word that a wrapping tool split with an ASCII hyphen (`impor-` +
///   `tant`) therefore keeps the hyphen: plain text cannot tell the two apart, and dropping a
///   real hyphen would change the words.
/// - Anything else, including a dash after a space (`freedom -`), is joined with a space.
enum LineJoining {
    static func append(_ line: Substring, to text: inout String) {
        if !text.isEmpty && !joinsWithoutSpace(text) { text.append(" ") }
        text.append(contentsOf: line)
    }

    static func joinsWithoutSpace(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let last = scalars.last else { return false }
        switch last.value {
        case 0x00AD, 0x2010, 0x2011:
            return true
        case 0x2D:
            let beforeLast = scalars.index(before: scalars.endIndex)
            guard beforeLast > scalars.startIndex else { return false }
            return scalars[scalars.index(before: beforeLast)].properties.isAlphabetic
        default:
            return false
        }
    }
}
