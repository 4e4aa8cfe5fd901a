import Foundation

extension LayoutSettings {
    /// The resolved settings as a complete layout file (`extends` applied, every key spelled
    /// out), for `petition layouts show`. Loading the text back gives the same settings.
    public var resolvedTOML: String {
        var lines = ["# \(name), resolved: every key, with everything it extends applied.", "format = 1",
                     "description = \(Self.quoted(description))"]
        /// A nil value is a template left to the terms of the letter's language: a comment.
        func table(_ name: String, _ entries: [(String, String?)]) {
            lines.append("")
            lines.append("[\(name)]")
            for (key, value) in entries {
                lines.append(value.map { "\(key) = \($0)" } ?? "# \(key): from the letter language's terms (locales/)")
            }
        }
        table("page", [
            ("size", Self.quoted(Self.sizeText(page.size))),
            ("margin-top", Self.length(page.marginTop)), ("margin-bottom", Self.length(page.marginBottom)),
            ("margin-inner", Self.length(page.marginInner)), ("margin-outer", Self.length(page.marginOuter)),
            ("bleed", Self.length(page.bleed)), ("duplex", String(page.duplex)),
        ])
        table("fonts", [("set", Self.quoted(fontSet))])
        table("body", [
            ("size", Self.number(body.size)), ("leading", Self.number(body.leading)),
            ("align", Self.quoted(body.alignment.rawValue)), ("hyphenate", String(body.hyphenate)),
            ("paragraph-spacing", Self.length(body.paragraphSpacing)),
            ("first-line-indent", Self.length(body.firstLineIndent)), ("list-indent", Self.length(body.listIndent)),
        ])
        table("title", [("size", Self.number(title.size)), ("leading", Self.number(title.leading)),
                        ("space-after", Self.length(title.spaceAfter))])
        table("heading", [("size", Self.number(heading.size)), ("leading", Self.number(heading.leading)),
                          ("space-before", Self.length(heading.spaceBefore)), ("space-after", Self.length(heading.spaceAfter))])
        table("signatories", [
            ("columns", String(signatories.columns)), ("gutter", Self.length(signatories.gutter)),
            ("name-size", Self.number(signatories.nameSize)), ("name-leading", Self.number(signatories.nameLeading)),
            ("detail-size", Self.number(signatories.detailSize)), ("detail-leading", Self.number(signatories.detailLeading)),
            ("entry-spacing", Self.length(signatories.entrySpacing)),
            ("fields", "[" + signatories.fields.map { Self.quoted($0.rawValue) }.joined(separator: ", ") + "]"),
            ("heading", signatories.headingTemplate.map(Self.quoted)), ("numbering", String(signatories.numbering)),
            ("privacy", Self.quoted(signatories.privacy.rawValue)),
        ])
        table("header", [("text", header.text.map(Self.quoted))])
        table("footer", [("text", footer.text.map(Self.quoted)), ("signatures", footer.signatureText.map(Self.quoted)),
                         ("size", Self.number(footer.size)), ("digits", Self.quoted(footer.digits.rawValue))])
        table("numbers", [("digits", Self.quoted(numbers.digits.rawValue))])
        table("notes", [("size", Self.number(notes.size)), ("leading", Self.number(notes.leading))])
        table("document", [("cover", String(parts.cover)), ("colophon", String(parts.colophon)),
                           ("figures", String(parts.figures)), ("accent", Self.quoted(accent.hex))])
        return lines.joined(separator: "\n") + "\n"
    }

    /// A named size when the page is one, else both lengths.
    private static func sizeText(_ size: PageSize) -> String {
        if let named = PageSize.namedSizes.first(where: { $0.size == size }) { return named.name }
        return lengthText(size.width) + " x " + lengthText(size.height)
    }

    private static func length(_ points: Double) -> String { quoted(lengthText(points)) }

    /// Points in the unit that writes them exactly with the fewest decimals (`"25mm"`, `"1in"`,
    /// `"12pt"`), else in points; the text parses back to the very same number.
    private static func lengthText(_ points: Double) -> String {
        if points == 0 { return "0pt" }
        for digits in 0...3 {
            for unit in ["in", "mm", "pt", "cm"] {
                let perUnit = Length.pointsPerUnit[unit]!
                let text = String(format: "%.\(digits)f", points / perUnit)
                if Length.parse(text + unit)?.points == points { return Double(text)!.plainText + unit }
            }
        }
        return String(points) + "pt"
    }

    private static func number(_ value: Double) -> String {
        value.rounded() == value ? String(format: "%.1f", value) : String(value)
    }

    /// A TOML basic string.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 { result += String(format: "\\u%04X", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}
