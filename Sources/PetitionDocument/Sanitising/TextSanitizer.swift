/// One character the sanitiser took out of a text, or replaced by a space.
struct Removal: Equatable, Sendable {
    /// Where it stood, counting Unicode scalars of the original text from 0.
    var offset: Int
    var scalar: Unicode.Scalar
    var kind: UnwantedCharacters.Kind
}

/// Applies `CharacterPolicy` to one text, scalar by scalar: the walk shared by signatory fields
/// and letter lines. Characters judged on their own (`UnwantedCharacters.kind(of:)`) meet the
/// table directly; the rest by their neighbours:
/// - tag characters stay only as an emoji tag sequence after U+1F3F4 (ended by U+E007F);
/// - ZWNJ and ZWJ between two Latin letters are `latinJoiner`s;
/// - a variation selector stays only right after a character it can vary
///   (`UnwantedCharacters.canVary`), one per character;
/// - a combining mark at the start or after white space is a `strayMark`, and more than
///   `CharacterPolicy.maximumMarksPerLetter` in a row are `excessMark`s.
///
/// A text with nothing to take out is returned as it came, without allocating.
enum TextSanitizer {
    static func sanitize(_ text: String, for source: CharacterPolicy.Source) -> (text: String, removals: [Removal]) {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return (text, []) }
        let scalars = text.unicodeScalars
        var kept: String.UnicodeScalarView?
        var removals: [Removal] = []
        var previous: Unicode.Scalar?
        var marksInRow = 0
        var offset = 0
        var index = scalars.startIndex

        func keep(_ scalar: Unicode.Scalar) {
            kept?.append(scalar)
            marksInRow = UnwantedCharacters.isMark(scalar) ? marksInRow + 1 : 0
            previous = scalar
        }
        func judge(_ scalar: Unicode.Scalar, as kind: UnwantedCharacters.Kind) {
            let treatment = CharacterPolicy.treatment(of: kind, in: source)
            if treatment == .keep { return keep(scalar) }
            if kept == nil { kept = String.UnicodeScalarView(scalars[..<index]) }
            removals.append(Removal(offset: offset, scalar: scalar, kind: kind))
            if treatment == .replaceWithSpace { keep(" ") }
        }

        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar.value < 0x7F && scalar.value >= 0x20 {
                keep(scalar)
            } else if let kind = UnwantedCharacters.kind(of: scalar) {
                judge(scalar, as: kind)
            } else if UnwantedCharacters.isTag(scalar) {
                if previous == UnwantedCharacters.tagSequenceBase, let end = tagSequenceEnd(in: scalars, from: index) {
                    while index < end {
                        keep(scalars[index])
                        index = scalars.index(after: index)
                        offset += 1
                    }
                    continue
                }
                judge(scalar, as: .strayTag)
            } else if UnwantedCharacters.isJoiner(scalar), let before = previous, UnwantedCharacters.isLatinLetter(before),
                      next < scalars.endIndex, UnwantedCharacters.isLatinLetter(scalars[next]) {
                judge(scalar, as: .latinJoiner)
            } else if scalar.properties.isVariationSelector {
                if UnwantedCharacters.canVary(previous, with: scalar) { keep(scalar) } else { judge(scalar, as: .strayVariationSelector) }
            } else if UnwantedCharacters.isMark(scalar) {
                if previous == nil || previous?.properties.isWhitespace == true {
                    judge(scalar, as: .strayMark)
                } else if marksInRow >= CharacterPolicy.maximumMarksPerLetter {
                    judge(scalar, as: .excessMark)
                } else {
                    keep(scalar)
                }
            } else {
                keep(scalar)
            }
            index = next
            offset += 1
        }
        guard let kept else { return (text, []) }
        return (String(kept), removals)
    }

    /// The end of the emoji tag sequence (tags U+E0020-U+E007E ended by CANCEL TAG U+E007F)
    /// starting at `start`, or `nil` when there is none.
    private static func tagSequenceEnd(in scalars: String.UnicodeScalarView, from start: String.Index) -> String.Index? {
        var index = start
        while index < scalars.endIndex, (0xE0020...0xE007E).contains(scalars[index].value) { index = scalars.index(after: index) }
        guard index > start, index < scalars.endIndex, scalars[index].value == 0xE007F else { return nil }
        return scalars.index(after: index)
    }
}
