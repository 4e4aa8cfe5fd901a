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
