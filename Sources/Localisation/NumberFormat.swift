import CICUShim
import Foundation
import LayoutFile

/// Writes whole numbers the way a language does, with ICU's symbols for it: digit grouping
/// ("104,532", "104 532", "104.532", Hindi "1,04,532") and, when asked, the language's own
/// digits ("١٠٤٬٥٣٢", "۱۰۴٬۵۳۲", "१,०४,५३२").
///
/// ICU is asked once, for the symbols; each number is then plain string work, so numbering a
/// million entries costs no ICU call each. The tests hold the result to ICU's own
/// `unum_formatInt64` for every shipped language.
public struct NumberFormat: Sendable {
    public let language: String
    public let digits: Digits
    /// The code point of the zero digit; the nine others follow it in Unicode.
    let zero: UInt32
    let separator: String
    /// Digits in the group nearest the units, and in each group above it.
    let primaryGroup: Int, secondaryGroup: Int
    /// Fewest digits a number needs before it is grouped at all.
    let minimumGroupedDigits: Int

    /// The format of `language` (BCP 47) with `digits`; Latin with groups of three when ICU does
    /// not know the language.
    public init(language: String, digits: Digits = .latin) {
        self.language = language
        self.digits = digits
        var zero: UInt32 = 0x30
        var primary: Int32 = 3, secondary: Int32 = 3, minimum: Int32 = 4
        let separator = ICUText.read(capacity: 16) { buffer, capacity in
            pp_number_symbols(language, digits == .native ? 1 : 0, &zero, buffer, capacity, &primary, &secondary, &minimum)
        }
        self.zero = zero
        self.separator = separator ?? ","
        primaryGroup = max(Int(primary), 1)
        secondaryGroup = max(Int(secondary), 1)
        minimumGroupedDigits = Int(minimum)
    }

    /// `value` written out, grouped, in the format's digits.
    public func string(_ value: Int) -> String {
        guard value >= 0 else { return icuString(value) ?? String(value) }
        let latin = String(value).unicodeScalars
        let grouped = latin.count >= minimumGroupedDigits
        var result = String.UnicodeScalarView()
        for (index, scalar) in latin.enumerated() {
            // A separator goes before the digit with `primaryGroup` digits to its right (itself
            // included), then every `secondaryGroup` digits further left.
            let fromRight = latin.count - index
            if grouped, index > 0, fromRight == primaryGroup || (fromRight > primaryGroup && (fromRight - primaryGroup) % secondaryGroup == 0) {
                result.append(contentsOf: separator.unicodeScalars)
            }
            result.append(zero == 0x30 ? scalar : Unicode.Scalar(zero + scalar.value - 0x30) ?? scalar)
        }
        return String(result)
    }

    /// `value` as ICU's own `unum_formatInt64` writes it: the reference `string(_:)` is tested
    /// against, and the path for negative numbers (whose minus sign varies by language).
    package func icuString(_ value: Int) -> String? {
        ICUText.read(capacity: 64) { pp_format_integer(language, digits == .native ? 1 : 0, Int64(value), $0, $1) }
    }

    /// `value` without grouping, in the format's digits: page numbers ("page 1234"), list numbers.
    public func ungrouped(_ value: Int) -> String {
        let latin = String(value)
        guard zero != 0x30 else { return latin }
        return String(String.UnicodeScalarView(latin.unicodeScalars.map { scalar in
            ("0"..."9").contains(scalar) ? Unicode.Scalar(zero + scalar.value - 0x30) ?? scalar : scalar
        }))
    }
}

/// Writes dates with an ICU date pattern ("d MMMM y, HH:mm") in a language's month names and
/// digits (`udat_format`).
public struct DateFormat: Sendable {
    public let language: String
    public let digits: Digits

    public init(language: String, digits: Digits = .latin) {
        self.language = language
        self.digits = digits
    }

    /// `date` with `pattern` in `timeZone` (an Olson name, "UTC" by default, so that a
    /// reproducible build prints the same text everywhere); nil when ICU rejects the pattern.
    public func string(_ date: Date, pattern: String, timeZone: String = "UTC") -> String? {
        ICUText.read { buffer, capacity in
            pp_format_date(language, digits == .native ? 1 : 0, pattern, date.timeIntervalSince1970 * 1000, timeZone, buffer, capacity)
        }
    }
}
