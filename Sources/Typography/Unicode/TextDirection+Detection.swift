import CICUShim

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
