/// How the numbers the program writes look: counts, totals, entry ranges, list numbers, page
/// numbers and dates. Their grouping always follows the letter's language (ICU's CLDR data).
public struct NumberSettings: Sendable, Equatable {
    /// Latin digits, or the letter language's own where it has them (`[numbers] digits`).
    public var digits: Digits

    public init(digits: Digits = .latin) {
        self.digits = digits
    }
}
