/// Which digits numbers are written in (`[numbers] digits`; `[footer] digits` for page numbers).
public enum Digits: String, Sendable, CaseIterable {
    /// 0123456789, whatever the language.
    case latin
    /// The digits of the letter's language where it has its own and uses them: Arabic-Indic
    /// (٠١٢) for Arabic, Extended Arabic-Indic (۰۱۲) for Persian and Urdu, Devanagari (०१२) for
    /// Hindi, Bengali, Thai...; Latin for every other language.
    case native
}
