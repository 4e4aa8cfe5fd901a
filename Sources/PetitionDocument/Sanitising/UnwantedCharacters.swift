/// Which characters a text may not hold, and why: the classes of the sanitising policy
/// (`CharacterPolicy` says what is done with each in a signatory field and in a letter; see
/// docs/signatories.md, "Sanitising fields", which has a column for letters too).
enum UnwantedCharacters {
    /// Why a character was taken out of a text.
    enum Kind: Int, CaseIterable, Comparable, Sendable {
        /// An explicit embedding, override or isolate (U+202A-U+202E, U+2066-U+2069): the
        /// characters of "Trojan Source" spoofing (CVE-2021-42574).
        case bidiControl
        /// A C0 or C1 control character, or DEL.
        case control
        /// A noncharacter (U+FDD0-U+FDEF and the last two code points of every plane, U+FFFE,
        /// U+1FFFF...): reserved for a program's internal use, never for interchange. cairo
        /// refuses text holding one, so a single one would stop the whole PDF.
        case noncharacter
        /// A code point Unicode has not assigned (as known to this Swift standard library).
        case unassigned
        /// A private-use code point (U+E000-U+F8FF, planes 15 and 16): its meaning is a private
        /// agreement no font of ours knows.
        case privateUse
        /// A character that draws nothing: zero-width space, word joiner, BOM, soft hyphen (names
        /// are never hyphenated), Hangul fillers, the blank Braille pattern...
        case invisible
        /// A placeholder for something plain text cannot hold: the interlinear annotation marks
        /// U+FFF9-U+FFFB and the object replacement character U+FFFC.
        case placeholder
        /// A line or paragraph separator (or NEL); replaced by a space.
        case lineSeparator
        /// ZERO WIDTH (NON-)JOINER between two Latin letters, where it can only hide a difference.
        case latinJoiner
        /// A combining mark with no character to sit on (at the start, or after a space).
        case strayMark
        /// A combining mark beyond `CharacterPolicy.maximumMarksPerLetter` on one letter.
        case excessMark
        /// A variation selector that varies nothing: after a space, a mark or another selector, or
        /// an ideographic one after a character that is not an ideograph.
        case strayVariationSelector
        /// A tag character outside an emoji tag sequence (the flags of England, Scotland, Wales).
        case strayTag

        /// How the report names the kind.
        var label: String {
            switch self {
            case .bidiControl: "bidi control"
            case .control: "control character"
            case .noncharacter: "noncharacter"
            case .unassigned: "unassigned code point"
            case .privateUse: "private-use character"
            case .invisible: "invisible character"
            case .placeholder: "annotation or object placeholder"
            case .lineSeparator: "line separator"
            case .latinJoiner: "joiner between Latin letters"
            case .strayMark: "stray combining mark"
            case .excessMark: "excess combining mark"
            case .strayVariationSelector: "stray variation selector"
            case .strayTag: "stray tag character"
            }
        }

        /// The label for more than one.
        var pluralLabel: String { self == .latinJoiner ? "joiners between Latin letters" : label + "s" }

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Why `scalar` is unwanted wherever it stands, or `nil`. Joiners, tags, variation
    /// selectors and marks depend on their neighbours and are judged by `TextSanitizer`.
    static func kind(of scalar: Unicode.Scalar) -> Kind? {
        switch scalar.value {
        case 0x0020...0x007E: return nil
        case 0x202A...0x202E, 0x2066...0x2069: return .bidiControl
        case 0x0085, 0x2028, 0x2029: return .lineSeparator
        case 0x00AD, 0x200B, 0x2060...0x2064, 0x206A...0x206F, 0xFEFF, 0x180E, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800,
             0x1D173...0x1D17A:
            return .invisible
        case 0xFFF9...0xFFFC: return .placeholder
        default: break
        }
        let properties = scalar.properties
        if properties.isNoncharacterCodePoint { return .noncharacter }
        switch properties.generalCategory {
        case .control: return .control
        case .unassigned: return .unassigned
        case .privateUse: return .privateUse
        default: return nil
        }
    }

    static func isTag(_ scalar: Unicode.Scalar) -> Bool { (0xE0000...0xE007F).contains(scalar.value) }

    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool { scalar.value == 0x200C || scalar.value == 0x200D }

    /// WAVING BLACK FLAG, the base of emoji tag sequences (the flags of England, Scotland, Wales).
    static let tagSequenceBase: Unicode.Scalar = "\u{1F3F4}"

    /// A nonspacing or enclosing combining mark (general category Mn or Me).
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Whether a variation selector may follow `base`: a standardised or emoji variation
    /// (U+FE00-U+FE0F) follows any visible character that is not itself a mark or a selector;
    /// an ideographic one (U+E0100-U+E01EF) only an ideograph; a Mongolian one (U+180B-U+180D,
    /// U+180F) only a Mongolian letter.
    static func canVary(_ base: Unicode.Scalar?, with selector: Unicode.Scalar) -> Bool {
        guard let base else { return false }
        let properties = base.properties
        if properties.isWhitespace || properties.isVariationSelector || isMark(base) || isJoiner(base) { return false }
        switch selector.value {
        case 0xE0100...0xE01EF: return properties.isIdeographic
        case 0x180B...0x180D, 0x180F: return (0x1800...0x18AF).contains(base.value)
        default: return properties.generalCategory != .control
        }
    }

    /// Whether `scalar` stays wherever it stands and is no combining mark: not unwanted on its
    /// own (`kind(of:)`), not a tag, joiner or variation selector, not a mark. Most characters of
    /// names in every script are; `TextSanitizer` keeps them without looking at their neighbours.
    ///
    /// Looked up in a table of the BMP made once from `isPlainAsDefined`; characters above the
    /// BMP answer false here and take the sanitiser's full walk.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value < 0x10000 else { return false }
        return plainBMP[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }

    /// The definition behind `isPlain`, asked of the Unicode properties.
    static func isPlainAsDefined(_ scalar: Unicode.Scalar) -> Bool {
        kind(of: scalar) == nil && !isTag(scalar) && !isJoiner(scalar) && !scalar.properties.isVariationSelector
            && !isMark(scalar)
    }

    /// `isPlainAsDefined` for each scalar below U+10000, one bit each (8 KB, made in about as
    /// long as `UnicodeNormalization`'s table of inert starters).
    private static let plainBMP: [UInt64] = (0..<0x400).map { word in
        var bits: UInt64 = 0
        for bit in 0..<64 {
            if let scalar = Unicode.Scalar(word << 6 | bit), isPlainAsDefined(scalar) { bits |= 1 << UInt64(bit) }
        }
        return bits
    }

    /// A letter of the Latin script (the Latin blocks of the BMP, without × and ÷).
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF,
             0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            true
        default: false
        }
    }
}

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
