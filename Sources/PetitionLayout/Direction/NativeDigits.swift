import LayoutFile

/// Writes numbers in a language's own digits, for page numbers in the script's digits
/// (`[footer] digits = "native"`).
enum NativeDigits {
    /// The code point of zero in the digits each language customarily uses, by primary subtag.
    static let zero: [String: UInt32] = [
        "ar": 0x0660, "fa": 0x06F0, "ur": 0x06F0, "ps": 0x06F0, "sd": 0x06F0, "ks": 0x06F0,
        "hi": 0x0966, "mr": 0x0966, "ne": 0x0966, "sa": 0x0966, "bn": 0x09E6, "as": 0x09E6,
        "th": 0x0E50, "lo": 0x0ED0, "my": 0x1040, "km": 0x17E0, "dz": 0x0F20, "bo": 0x0F20,
    ]

    /// `number` in `digits`: Latin, or the native digits of `language` when it has them.
    static func format(_ number: Int, digits: Digits, language: String) -> String {
        let latin = String(number)
        let primary = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard digits == .native, let zero = zero[primary] else { return latin }
        return String(String.UnicodeScalarView(latin.unicodeScalars.map { scalar in
            guard let value = scalar.properties.numericType == .decimal ? scalar.value - 0x30 : nil,
                  let native = Unicode.Scalar(zero + value) else { return scalar }
            return native
        }))
    }
}
