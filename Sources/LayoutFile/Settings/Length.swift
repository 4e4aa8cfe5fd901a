import Foundation

/// A distance on the page, stored in PostScript points (1/72 inch).
public struct Length: Sendable, Equatable {
    /// The distance in points.
    public var points: Double

    /// A length of `points` points.
    public init(points: Double) {
        self.points = points
    }

    /// Points per unit for the units layout files accept.
    static let pointsPerUnit: [String: Double] = [
        "pt": 1,
        "in": 72,
        "mm": 72 / 25.4,
        "cm": 720 / 25.4,
    ]

    /// Reads a length such as `"210mm"`, `"8.5in"`, `"12pt"`, `"2cm"` or a plain number of
    /// points (`"12"`). A space may separate number and unit; units are case-insensitive.
    /// Returns `nil` for anything else.
    public static func parse(_ text: String) -> Length? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numberEnd = trimmed.firstIndex { !"+-.0123456789".contains($0) } ?? trimmed.endIndex
        let numberText = trimmed[..<numberEnd]
        let unit = trimmed[numberEnd...].trimmingCharacters(in: .whitespaces).lowercased()
        guard numberText.contains(where: \.isNumber), let number = Double(numberText),
              let scale = unit.isEmpty ? 1 : pointsPerUnit[unit] else { return nil }
        return Length(points: number * scale)
    }
}
