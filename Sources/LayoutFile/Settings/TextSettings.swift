/// How the letter's paragraphs and lists are set.
public struct BodySettings: Sendable, Equatable {
    /// Font size in points.
    public var size: Double
    /// Baseline-to-baseline distance in points.
    public var leading: Double
    /// How lines sit between the margins.
    public var alignment: TextAlignment
    /// Whether words may be hyphenated at line ends.
    public var hyphenate: Bool
    /// Extra space between paragraphs, in points.
    public var paragraphSpacing: Double
    /// Indent of each paragraph's first line, in points.
    public var firstLineIndent: Double
    /// Indent of list items, in points.
    public var listIndent: Double

    /// Body settings with every value given; lengths in points.
    public init(size: Double, leading: Double, alignment: TextAlignment, hyphenate: Bool,
                paragraphSpacing: Double, firstLineIndent: Double, listIndent: Double) {
        self.size = size
        self.leading = leading
        self.alignment = alignment
        self.hyphenate = hyphenate
        self.paragraphSpacing = paragraphSpacing
        self.firstLineIndent = firstLineIndent
        self.listIndent = listIndent
    }
}

/// How body paragraphs sit between the margins.
public enum TextAlignment: String, Sendable, CaseIterable {
    /// Flush on both sides; the last line of a paragraph starts at the start edge.
    case justify
    /// Flush left, ragged right.
    case left
    /// Centred, ragged on both sides.
    case center
    /// Flush with the edge where the writing direction starts (left for Latin scripts).
    case start
}

/// How the letter's title is set.
public struct TitleSettings: Sendable, Equatable {
    /// Font size in points.
    public var size: Double
    /// Baseline-to-baseline distance in points, for titles that wrap.
    public var leading: Double
    /// Space between the title and what follows, in points.
    public var spaceAfter: Double

    /// Title settings with every value given, in points.
    public init(size: Double, leading: Double, spaceAfter: Double) {
        self.size = size
        self.leading = leading
        self.spaceAfter = spaceAfter
    }
}

/// How headings inside the letter (and the signatory list's heading) are set.
public struct HeadingSettings: Sendable, Equatable {
    /// Font size in points.
    public var size: Double
    /// Baseline-to-baseline distance in points.
    public var leading: Double
    /// Space above the heading, in points.
    public var spaceBefore: Double
    /// Space between the heading and what follows, in points.
    public var spaceAfter: Double

    /// Heading settings with every value given, in points.
    public init(size: Double, leading: Double, spaceBefore: Double, spaceAfter: Double) {
        self.size = size
        self.leading = leading
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }
}

/// The running header of pages that carry only signatures, so a loose sheet still says what was
/// signed.
public struct HeaderSettings: Sendable, Equatable {
    /// The fields `text` may contain: the footer's signature fields and `{request}` (the letter's
    /// subtitle, its one-line request).
    public static let templateFields = FooterSettings.signatureTemplateFields + ["request"]

    /// The header's template; empty for none; nil for the terms of the letter's language
    /// (`header.text` in `locales/`). Its size is the footer's.
    public var text: String?

    public init(text: String? = nil) {
        self.text = text
    }
}

/// The line at the foot of every page.
public struct FooterSettings: Sendable, Equatable {
    /// The fields `text` may contain, each written in braces: `{page}`.
    public static let templateFields = ["title", "page", "pages", "date"]
    /// The fields `signatureText` may contain: those of `text` and the page's signature range,
    /// the total and the group.
    public static let signatureTemplateFields = templateFields + ["range", "total", "group"]

    /// The footer with `{title}`, `{page}`, `{pages}` and `{date}` fields; empty for none; nil
    /// for the terms of the letter's language (`footer.text` in `locales/`).
    public var text: String?
    /// The footer of pages that carry signatures, with `{range}` ("20,001–20,280"), `{total}`
    /// and `{group}` as well; empty to use `text` there too; nil for the terms
    /// (`footer.signatures`).
    public var signatureText: String?
    /// Font size in points.
    public var size: Double
    /// The digits of `{page}` and `{pages}` (`[numbers] digits` sets those of every number).
    public var digits: Digits

    /// A footer from its templates (nil: the terms'), font size in points and page-number digits.
    public init(text: String? = nil, signatureText: String? = nil, size: Double, digits: Digits = .latin) {
        self.text = text
        self.signatureText = signatureText
        self.size = size
        self.digits = digits
    }
}

/// Small print: the list's closing total and digest, and the colophon's notes.
public struct NotesSettings: Sendable, Equatable {
    /// Font size in points.
    public var size: Double
    /// Baseline-to-baseline distance in points.
    public var leading: Double

    public init(size: Double = 7.5, leading: Double = 9.0) {
        self.size = size
        self.leading = leading
    }
}

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
