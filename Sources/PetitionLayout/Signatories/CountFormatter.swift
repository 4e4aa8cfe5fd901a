import Foundation

/// Writes counts with the language's digit grouping ("104,532", "104 532", "104.532"), fast
/// enough to number a million entries (NumberFormatter once, then plain string work).
struct CountFormatter: Sendable {
    let separator: String

    init(language: String) {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: language)
        formatter.numberStyle = .decimal
        separator = formatter.groupingSeparator ?? ","
    }

    func string(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 3 else { return value < 0 ? "-" + digits : digits }
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}
