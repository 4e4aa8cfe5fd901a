/// What becomes of each class of unwanted character (`UnwantedCharacters.Kind`) in a signatory
/// field and in a letter: the one table behind `FieldSanitizer` and `LetterSanitizer`, printed in
/// docs/signatories.md ("Sanitising fields").
///
/// A field comes from a public web form and is held to the strictest rule: anything that draws
/// nothing, could spoof a neighbour or that no font prints is taken out and reported. A letter is
/// the organiser's own text: typographic hints (soft hyphens, zero-width spaces, joiners, bidi
/// marks) and private-use characters (a font set may cover them) stay; what cannot be printed
/// or exchanged at all (noncharacters, controls, unassigned code points, placeholders) goes, with
/// a warning naming line and column. Nothing either keeps can stop cairo.
enum CharacterPolicy {
    /// Where a text comes from.
    enum Source: Sendable {
        case signatoryField
        case letter
    }

    /// What is done with a character of some kind.
    enum Treatment: Sendable {
        case keep
        case remove
        /// Replaced by a space (line separators in a one-line field).
        case replaceWithSpace
    }

    /// Combining marks kept on one letter. Natural text rarely stacks more than four (Vietnamese
    /// two, Hebrew with cantillation or Tibetan stacks three or four); Unicode's stream-safe format
    /// allows 30, which would draw far above the line.
    static let maximumMarksPerLetter = 8

    /// The table: treatment by kind, for a signatory field and for a letter.
    static func treatment(of kind: UnwantedCharacters.Kind, in source: Source) -> Treatment {
        let (field, letter): (Treatment, Treatment) = switch kind {
        case .bidiControl: (.remove, .keep)
        case .control: (.remove, .remove)
        case .noncharacter: (.remove, .remove)
        case .unassigned: (.remove, .remove)
        case .privateUse: (.remove, .keep)
        case .invisible: (.remove, .keep)
        case .placeholder: (.remove, .remove)
        case .lineSeparator: (.replaceWithSpace, .replaceWithSpace)
        case .latinJoiner: (.remove, .keep)
        case .strayMark: (.remove, .keep)
        case .excessMark: (.remove, .remove)
        case .strayVariationSelector: (.remove, .remove)
        case .strayTag: (.remove, .remove)
        }
        return source == .signatoryField ? field : letter
    }
}
