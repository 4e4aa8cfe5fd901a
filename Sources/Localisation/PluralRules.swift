import CICUShim

/// A CLDR plural category: which form of a word a number takes in a language ("1 signature",
/// "2 signatures"; Russian "21 подпись", "22 подписи", "25 подписей"). English uses `one` and
/// `other`; Arabic all six. See https://cldr.unicode.org/index/cldr-spec/plural-rules.
public enum PluralCategory: String, Sendable, CaseIterable, Comparable {
    case zero, one, two, few, many, other

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The plural rules of one language, from ICU's copy of CLDR (`uplrules_select`).
public struct PluralRules: Sendable {
    /// The BCP 47 tag the rules are for.
    public let language: String
    /// The categories the language distinguishes, `other` always among them.
    public let categories: Set<PluralCategory>

    public init(language: String) {
        self.language = language
        let names = ICUText.read { pp_plural_categories(language, $0, $1) } ?? "other"
        var categories = Set(names.split(separator: " ").compactMap { PluralCategory(rawValue: String($0)) })
        categories.insert(.other)
        self.categories = categories
    }

    /// The category of the whole number `count` (`other` if ICU cannot say).
    public func category(of count: Int) -> PluralCategory {
        ICUText.read(capacity: 16) { pp_plural_category(language, Int64(count), $0, $1) }
            .flatMap(PluralCategory.init(rawValue:)) ?? .other
    }
}

/// Calls a shim function that writes NUL-terminated UTF-8 into a buffer, and reads the text back;
/// nil when ICU reports an error.
enum ICUText {
    static func read(capacity: Int = 512, _ call: (UnsafeMutablePointer<CChar>, Int32) -> Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: capacity)
        let length = buffer.withUnsafeMutableBufferPointer { call($0.baseAddress!, Int32(capacity)) }
        guard length >= 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
