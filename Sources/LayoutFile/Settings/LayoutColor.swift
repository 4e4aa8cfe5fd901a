/// A colour a layout gives as `"#RRGGBB"` (sRGB, two hexadecimal digits a channel).
public struct LayoutColor: Sendable, Equatable {
    /// Red, green and blue, 0–255.
    public var red: Int, green: Int, blue: Int

    public init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// The built-in accent: a dark blue whose bars print as a mid-dark grey (luminance 0.33),
    /// so black labels beside them and white paper around them stay distinct in greyscale.
    public static let standardAccent = LayoutColor(red: 0x1F, green: 0x5C, blue: 0x99)

    /// The colour `#RRGGBB` (either case) names, or nil.
    public static func parse(_ text: String) -> LayoutColor? {
        let digits = Array(text.utf8)
        guard digits.count == 7, digits[0] == UInt8(ascii: "#") else { return nil }
        func channel(_ at: Int) -> Int? { Int(String(decoding: digits[at..<(at + 2)], as: UTF8.self), radix: 16) }
        guard let red = channel(1), let green = channel(3), let blue = channel(5) else { return nil }
        return LayoutColor(red: red, green: green, blue: blue)
    }

    /// `#1F5C99`.
    public var hex: String {
        "#" + [red, green, blue].map { value in
            let text = String(value, radix: 16, uppercase: true)
            return text.count == 1 ? "0" + text : text
        }.joined()
    }
}
