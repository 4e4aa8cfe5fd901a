import CICUShim

/// The direction a paragraph is set in.
public enum TextDirection: Sendable, Equatable {
    case leftToRight, rightToLeft

    /// The direction of an embedding level (even levels are left-to-right).
    public init(level: UInt8) {
        self = level % 2 == 0 ? .leftToRight : .rightToLeft
    }
}

/// UAX #9 embedding levels of one paragraph, resolved by ICU's ubidi.
public struct BidiLevels: Sendable {
    /// One level per UTF-16 unit of the paragraph.
    public let levels: [UInt8]
    /// The paragraph's own level: 0 for left-to-right, 1 for right-to-left.
    public let paragraphLevel: UInt8

    /// Resolves `text`; `direction` nil means "from the first strong character" (rules P2-P3).
    public init(utf16 text: [UInt16], direction: TextDirection?) {
        let requested: UInt8 = switch direction {
        case .leftToRight: 0
        case .rightToLeft: 1
        case nil: 255
        }
        // Text with nothing from the right-to-left blocks (which start at U+0590) nor any
        // directional control needs no bidi algorithm: it is all left-to-right.
        if direction != .rightToLeft, Self.isPlainLeftToRight(text) {
            levels = [UInt8](repeating: 0, count: text.count)
            paragraphLevel = 0
            return
        }
        var levels = [UInt8](repeating: 0, count: text.count)
        var resolved: UInt8 = requested == 255 ? 0 : requested
        let status = text.withUnsafeBufferPointer { textBuffer in
            levels.withUnsafeMutableBufferPointer { levelBuffer in
                pp_bidi_levels(textBuffer.baseAddress, Int32(text.count), requested, levelBuffer.baseAddress, &resolved)
            }
        }
        if status != 0 {
            // ICU fails only on allocation or absurd lengths; fall back to one flat level.
            levels = [UInt8](repeating: resolved, count: text.count)
        }
        self.levels = levels
        self.paragraphLevel = resolved
    }

    /// Whether `text` is certainly all left-to-right: nothing from the right-to-left blocks
    /// (which start at U+0590) and no directional control.
    public static func isPlainLeftToRight(_ text: some Sequence<UInt16>) -> Bool {
        !text.contains(where: mayNeedBidi)
    }

    private static func mayNeedBidi(_ unit: UInt16) -> Bool {
        unit >= 0x0590 && (unit < 0x2000 || (unit >= 0x200E && unit <= 0x200F) || (unit >= 0x202A && unit <= 0x202E)
            || (unit >= 0x2066 && unit <= 0x2069) || unit >= 0xD800)
    }

    /// The paragraph's direction.
    public var direction: TextDirection { TextDirection(level: paragraphLevel) }
}

extension TextDirection {
    /// The direction of the first strong character of `text` (UAX #9 rule P2), or nil when it has
    /// none (digits, punctuation, an empty name): the caller then falls back to its context.
    public static func firstStrong(in text: String) -> TextDirection? {
        let utf16 = Array(text.utf16)
        let direction = utf16.withUnsafeBufferPointer { pp_base_direction($0.baseAddress, Int32(utf16.count)) }
        switch direction {
        case 0: return .leftToRight
        case 1: return .rightToLeft
        default: return nil
        }
    }

    /// The direction `language` (a BCP 47 tag) is written in, from ICU's locale data: right to
    /// left for Arabic, Persian, Urdu, Hebrew, Yiddish and any tag with an Arabic or Hebrew script
    /// subtag; left to right otherwise (also for tags ICU does not know).
    public init(language: String) {
        self = pp_locale_is_rtl(language) != 0 ? .rightToLeft : .leftToRight
    }
}

/// The characters that steer the Unicode bidirectional algorithm and print nothing: the marks
/// ALM, LRM and RLM (U+061C, U+200E, U+200F), the embeddings and overrides LRE, RLE, PDF, LRO,
/// RLO (U+202A-U+202E) and the isolates LRI, RLI, FSI, PDI (U+2066-U+2069).
///
/// The layout keeps them in the text it resolves and shapes, so they order what they surround,
/// but never in the text a PDF carries for copying and search: a name copied out of the petition
/// must match the name typed into a search box.
public enum BidiFormatting {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` without bidi formatting characters.
    public static func removed(from text: String) -> String {
        guard text.unicodeScalars.contains(where: contains) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !contains($0) }))
    }
}
