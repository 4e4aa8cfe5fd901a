import Foundation
import PetitionDocument

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
        DigitGrouping.string(value, separator: separator)
    }
}
