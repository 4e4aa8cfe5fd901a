import Foundation

/// Numbers as messages show them.
extension Double {
    /// `"2.5"`, `"-1"`: the value without a trailing `.0`.
    var plainText: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }

    /// `"40.2pt"`: a length in points to one decimal, without a trailing `.0`.
    var pointsText: String {
        let text = String(format: "%.1f", self)
        return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + "pt"
    }
}
