import Foundation

/// A day of the proleptic Gregorian calendar, as a count of days since 1970-01-01 (negative
/// before it), so that days subtract and bucket with integer arithmetic.
public struct CalendarDay: Hashable, Comparable, Sendable {
    public var dayNumber: Int

    public init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// The day `year`-`month`-`day`, or nil when there is no such day (31 April, 29 February 2027).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.length(ofMonth: month, year: year) else { return nil }
        // Days from civil date: count from 1 March of year 0, so leap days fall at a year's end
        // (H. Hinnant, "chrono-compatible low-level date algorithms").
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        dayNumber = era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month (1–12) and day (1–31).
    public var civil: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The Monday starting the ISO 8601 week this day is in (1970-01-01 was a Thursday).
    public var weekStart: CalendarDay {
        CalendarDay(dayNumber: dayNumber - ((dayNumber % 7 + 7 + 3) % 7))
    }

    /// The first day of this day's month.
    public var monthStart: CalendarDay {
        let (year, month, _) = civil
        return CalendarDay(year: year, month: month, day: 1)!
    }

    /// `2026-12-03`.
    public var iso: String {
        let (year, month, day) = civil
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.dayNumber < rhs.dayNumber }

    static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Reads the day a signature was given from a date column as people and spreadsheets write it.
///
/// Accepted, with anything after the date (a time, a time zone) ignored, so a signature counts
/// on the day written, in the signer's own time:
/// - ISO 8601: `2026-12-03`, `2026-12-03T14:05:00+01:00`, `2026-12-03 14:05`, `2026/12/03`;
/// - day and month as numbers: `03/12/2026`, `3-12-2026 14:05`, `03.12.26` (two-digit years are
///   2000–2069 and 1970–1999). With dots the day always comes first (German, Russian use). With
///   `/` or `-` the order is decided for the whole column by `SlashedOrder`;
/// - an English month name or its first three letters: `3 Dec 2026`, `03-Dec-2026`,
///   `December 3, 2026`;
/// - Excel and LibreOffice serial day numbers, 25569 (1970-01-01) to 73050 (2099-12-31), with or
///   without a fraction for the time (`46359.58`);
/// - Unix time in seconds (9 or 10 digits) or milliseconds (12 or 13 digits), counted in UTC.
public enum SignatureDate {
    /// Which number of `03/12/2026` is the day.
    public enum SlashedOrder: Sendable, Equatable {
        case dayFirst, monthFirst
    }

    /// The day `text` names, reading slashed dates in `order`; nil when `text` is no date.
    public static func parse(_ text: String, order: SlashedOrder) -> CalendarDay? {
        let scalars = Array(text.unicodeScalars.drop { $0 == " " })
        guard !scalars.isEmpty else { return nil }
        if let number = wholeNumber(scalars) { return fromNumber(number, text: scalars) }
        let tokens = dateTokens(scalars)
        guard tokens.count == 3 else { return nil }
        switch (tokens[0], tokens[1], tokens[2]) {
        case let (.number(year, 4), .number(month, _), .number(day, _)):
            return CalendarDay(year: year, month: month, day: day)
        case let (.number(first, _), .number(second, _), .number(year, yearDigits)) where yearDigits == 2 || yearDigits == 4:
            let fullYear = yearDigits == 2 ? (year < 70 ? 2000 + year : 1900 + year) : year
            let dayFirst = tokens.separator == "." || order == .dayFirst
            return CalendarDay(year: fullYear, month: dayFirst ? second : first, day: dayFirst ? first : second)
        case let (.number(day, _), .month(month), .number(year, 4)), let (.month(month), .number(day, _), .number(year, 4)):
            return CalendarDay(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    /// The first two numbers of a date written `a/b/yyyy` or `a-b-yyyy` (not ISO, not dotted),
    /// for deciding the column's order; nil for other forms.
    public static func slashedPair(_ text: String) -> (first: Int, second: Int)? {
        let tokens = dateTokens(Array(text.unicodeScalars.drop { $0 == " " }))
        guard tokens.count == 3, tokens.separator != ".", case .number(let first, let digits) = tokens[0], digits <= 2,
              case .number(let second, _) = tokens[1], case .number = tokens[2] else { return nil }
        return (first, second)
    }

    /// Decides the order of a column's slashed dates from their first two numbers: a first
    /// number over 12 can only be a day, a second over 12 only a day. When the column says
    /// nothing either way (every value like `03/04/2026`), `fallback` decides; when it says both,
    /// the order more values prove wins. Returns the order and whether the evidence was clear.
    public static func order(of pairs: some Sequence<(first: Int, second: Int)>, fallback: SlashedOrder) -> (order: SlashedOrder, certain: Bool) {
        var (dayFirst, monthFirst) = (0, 0)
        for pair in pairs {
            if pair.first > 12 { dayFirst += 1 }
            if pair.second > 12 { monthFirst += 1 }
        }
        if dayFirst == 0, monthFirst == 0 { return (fallback, false) }
        return (dayFirst >= monthFirst ? .dayFirst : .monthFirst, dayFirst == 0 || monthFirst == 0)
    }

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case month(Int)
    }

    private struct Tokens {
        var items: [Token] = []
        var separator: Unicode.Scalar?
        var count: Int { items.count }
        subscript(index: Int) -> Token { items[index] }
    }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The first three tokens of the text (numbers and month names), stopping at a `T`, a space
    /// after the third token or a `:`; the separator between the first two.
    private static func dateTokens(_ scalars: [Unicode.Scalar]) -> Tokens {
        var tokens = Tokens()
        var index = 0
        while index < scalars.count, tokens.count < 3 {
            let scalar = scalars[index]
            if ("0"..."9").contains(scalar) {
                var value = 0, digits = 0
                while index < scalars.count, ("0"..."9").contains(scalars[index]), digits < 5 {
                    value = value * 10 + Int(scalars[index].value - 48)
                    digits += 1
                    index += 1
                }
                if index < scalars.count, scalars[index] == ":" { return Tokens() }
                tokens.items.append(.number(value, digits: digits))
            } else if scalar.properties.isAlphabetic {
                var word = ""
                while index < scalars.count, scalars[index].properties.isAlphabetic {
                    word.unicodeScalars.append(scalars[index])
                    index += 1
                }
                guard word.count >= 3, let month = monthNames.firstIndex(of: String(word.lowercased().prefix(3))) else { return Tokens() }
                tokens.items.append(.month(month + 1))
            } else {
                if tokens.count == 1, tokens.separator == nil { tokens.separator = scalar }
                guard "/-. ,".unicodeScalars.contains(scalar) else { return Tokens() }
                index += 1
            }
        }
        return tokens
    }

    private static func wholeNumber(_ scalars: [Unicode.Scalar]) -> Double? {
        guard scalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." || $0 == " " }) else { return nil }
        return Double(String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespaces))
    }

    /// A serial day number or Unix time, told apart by size.
    private static func fromNumber(_ number: Double, text: [Unicode.Scalar]) -> CalendarDay? {
        let digits = text.prefix { $0 != "." }.filter { ("0"..."9").contains($0) }.count
        switch digits {
        case 5 where (25_569...73_050).contains(number): return CalendarDay(dayNumber: Int(number) - 25_569)
        case 9, 10: return CalendarDay(dayNumber: Int((number / 86_400).rounded(.down)))
        case 12, 13: return CalendarDay(dayNumber: Int((number / 86_400_000).rounded(.down)))
        default: return nil
        }
    }
}
