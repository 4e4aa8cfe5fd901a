/// Which characters a signatory field may not hold, and why (see docs/signatories.md,
/// "Sanitising fields").
enum UnwantedCharacters {
    /// Why a character was taken out of a field.
    enum Kind: Int, CaseIterable, Comparable, Sendable {
        /// An explicit embedding, override or isolate (U+202A-U+202E, U+2066-U+2069): the
        /// characters of "Trojan Source" spoofing (CVE-2021-42574).
        case bidiControl
        /// A C0 or C1 control character, or DEL.
        case control
        /// A character that draws nothing: zero-width space, word joiner, BOM, soft hyphen (names
        /// are never hyphenated), tags, Hangul fillers, the blank Braille pattern.
        case invisible
        /// A line or paragraph separator (or NEL); replaced by a space.
        case lineSeparator
        /// ZERO WIDTH (NON-)JOINER between two Latin letters, where it can only hide a difference.
        case latinJoiner
        /// A combining mark beyond `FieldSanitizer.maximumMarksPerLetter` on one letter.
        case excessMark

        /// How the report names the kind.
        var label: String {
            switch self {
            case .bidiControl: "bidi control"
            case .control: "control character"
            case .invisible: "invisible character"
            case .lineSeparator: "line separator"
            case .latinJoiner: "joiner between Latin letters"
            case .excessMark: "excess combining mark"
            }
        }

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Why `scalar` is unwanted wherever it stands, or `nil`. Joiners, tags and marks depend on
    /// their neighbours and are judged by `FieldSanitizer`.
    static func kind(of scalar: Unicode.Scalar) -> Kind? {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069: .bidiControl
        case 0x0085, 0x2028, 0x2029: .lineSeparator
        case 0x0000...0x001F, 0x007F...0x009F: .control
        case 0x00AD, 0x200B, 0x2060...0x2064, 0x206A...0x206F, 0xFEFF, 0x180E, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800,
             0xFFF9...0xFFFB, 0x1D173...0x1D17A:
            .invisible
        default: nil
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
