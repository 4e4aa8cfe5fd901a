import Foundation

/// The intrinsic size of an SVG image, read from its root element's `width` and `height` (in any
/// CSS unit; only the proportions matter) or else its `viewBox`, so the layout can keep the
/// logo's proportions without drawing it.
enum SVGSize {
    /// Width and height, or nil when the file names neither size nor view box.
    static func of(_ text: String) -> (width: Double, height: Double)? {
        guard let start = text.range(of: "<svg"), let end = text[start.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = String(text[start.upperBound..<end])
        if let width = attribute("width", in: tag).flatMap(number), let height = attribute("height", in: tag).flatMap(number),
           width > 0, height > 0 {
            return (width, height)
        }
        guard let box = attribute("viewBox", in: tag) else { return nil }
        let values = box.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        guard values.count == 4, values[2] > 0, values[3] > 0 else { return nil }
        return (values[2], values[3])
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        for quote in ["\"", "'"] {
            guard let range = tag.range(of: " \(name)=\(quote)") ?? tag.range(of: "\n\(name)=\(quote)") else { continue }
            let rest = tag[range.upperBound...]
            guard let close = rest.firstIndex(of: Character(quote)) else { return nil }
            return String(rest[..<close])
        }
        return nil
    }

    /// "120", "120px", "4.5cm": the number; percentages say nothing about proportions.
    private static func number(_ value: String) -> Double? {
        guard !value.hasSuffix("%") else { return nil }
        return Double(value.prefix { "0123456789.".contains($0) })
    }
}
