import Diagnostics
import Foundation
import LayoutFile

/// The words of one language the program puts on the page and in the PDF, with that language's
/// plural rules, number and date formats. Made by `TermsLibrary.terms(for:)` from the files of
/// the language's fallback chain (`pt-BR` → `pt` → `en`); every term the program uses has a
/// text, since `en.toml` has them all.
public struct Terms: Sendable {
    /// The language asked for (BCP 47): it picks the plural rules, digits and month names even
    /// where the words come from a more general file.
    public let language: String
    /// The files the terms came from, most specific first (`locales/pt.toml`, `locales/en.toml`).
    public let files: [String]
    /// Terms the language's own files lack, taken from English.
    public let missing: [TermKey]
    /// What a translator should know: missing terms, plural forms the language needs but a term
    /// lacks, terms the reference file does not have.
    public let warnings: [Diagnostic]
    /// The plural rules of `language`.
    public let plurals: PluralRules
    /// The digits numbers are written in; `with(digits:)` changes them.
    public private(set) var numbers: NumberFormat
    private let terms: [TermKey: Term]

    init(language: String, files: [String], terms: [TermKey: Term], missing: [TermKey], warnings: [Diagnostic]) {
        self.language = language
        self.files = files
        self.terms = terms
        self.missing = missing
        self.warnings = warnings
        plurals = PluralRules(language: language)
        numbers = NumberFormat(language: language)
    }

    /// The same terms writing numbers (counts, page numbers, dates) in `digits`.
    public func with(digits: Digits) -> Terms {
        guard digits != numbers.digits else { return self }
        var terms = self
        terms.numbers = NumberFormat(language: language, digits: digits)
        return terms
    }

    /// The term as written, before its fields are filled (its `other` form if plural); nil for
    /// a key no file has.
    public func term(_ key: TermKey) -> Term? { terms[key] }

    /// The text of `key` with `fields` filled in (`{name}` → value); a plural term takes its
    /// `other` form. A key no file has gives the key itself, which the tests rule out.
    public func text(_ key: TermKey, _ fields: [String: String] = [:]) -> String {
        Template.fill(terms[key]?.text(for: .other) ?? key.rawValue, fields: fields)
    }

    /// The text of `key` in the plural form `count` takes in the language, with `{count}` written
    /// as the language writes numbers ("Total: 1 signature", "Всего: 22 подписи"), and `fields`.
    public func text(_ key: TermKey, count: Int, _ fields: [String: String] = [:]) -> String {
        let form = terms[key]?.text(for: plurals.category(of: count)) ?? key.rawValue
        return Template.fill(form, fields: fields.merging(["count": numbers.string(count)]) { given, _ in given })
    }

    /// `value` written as the language writes numbers, grouped, in `numbers`' digits.
    public func number(_ value: Int) -> String { numbers.string(value) }

    /// `date` in the date pattern `key` (an ICU pattern such as "d MMMM y"), in the language's
    /// month names and `numbers`' digits, in `timeZone`.
    public func date(_ date: Date, _ key: TermKey = .producedDate, timeZone: String = "UTC") -> String {
        let pattern = text(key)
        return DateFormat(language: language, digits: numbers.digits).string(date, pattern: pattern, timeZone: timeZone)
            ?? DateFormat(language: language, digits: numbers.digits).string(date, pattern: "y-MM-dd HH:mm", timeZone: timeZone)
            ?? ""
    }

    /// Every text of every term, for the characters a document may print.
    public var allTexts: [String] { terms.values.flatMap(\.texts) }
}

/// Fills templates such as `{title} — page {page} of {pages}`: terms, running headers, footers.
public enum Template {
    /// `template` with each `{name}` that `fields` knows replaced by its value, in one pass over
    /// the template: a value is never searched for placeholders itself, so a title that reads
    /// "{page}" prints as written. Unknown names stay as they are. Plain string scanning, as this
    /// runs twice on each of thousands of signature pages.
    public static func fill(_ template: String, fields: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = fields[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}
