/// Named penalty values for `Item.penalty`.
public enum Penalty {
    /// A penalty this high forbids a break and its negation forces one: TeX's `\penalty10000`
    /// ("infinitely bad"), Knuth & Plass 1981 use "+∞" and "−∞" for the same role.
    public static let forbidden: Double = 10_000

    /// The cost of breaking at a hyphenation point inside a word: TeX's default
    /// `\hyphenpenalty` 50 (The TeXbook, chapter 14).
    public static let hyphen: Double = 50

    /// The cost of breaking after an explicit hyphen, as in "well-known": TeX's default
    /// `\exhyphenpenalty` 50 (The TeXbook, chapter 14).
    public static let explicitHyphen: Double = 50
}
