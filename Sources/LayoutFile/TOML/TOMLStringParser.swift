import Diagnostics

/// Reads single-line TOML strings: basic `"..."` with escapes and literal `'...'`.
enum TOMLStringParser {
    /// Parses the string whose opening quote is under the cursor; leaves the cursor after the
    /// closing quote.
    static func parse(_ scanner: inout TOMLScanner) throws -> String {
        let start = scanner.location
        guard let quote = scanner.current else { return "" }
        scanner.advance()
        var text = String.UnicodeScalarView()
        while true {
            guard let scalar = scanner.current, scalar != "\n" else {
                throw InputError(at: start, "unterminated string; add the closing \(quote)")
            }
            if scalar == quote {
                scanner.advance()
                return String(text)
            }
            if quote == "\"" && scalar == "\\" {
                text.append(try parseEscape(&scanner))
                continue
            }
            if isControl(scalar) {
                throw InputError(at: scanner.location, "control characters are not allowed in strings; use an escape such as \\t")
            }
            text.append(scalar)
            scanner.advance()
        }
    }

    /// Reads `\n`, `\t`, `\"`, `\\`, `\b`, `\f`, `\r`, `\uXXXX` or `\UXXXXXXXX`.
    private static func parseEscape(_ scanner: inout TOMLScanner) throws -> Unicode.Scalar {
        let start = scanner.location
        scanner.advance()
        let letter = scanner.current
        scanner.advance()
        switch letter {
        case "n": return "\n"
        case "t": return "\t"
        case "\"": return "\""
        case "\\": return "\\"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "u": return try parseHex(&scanner, digits: 4, escapeStart: start)
        case "U": return try parseHex(&scanner, digits: 8, escapeStart: start)
        default:
            let shown = letter.map { "\\\($0)" } ?? "\\"
            throw InputError(at: start, "invalid escape '\(shown)' in string; use \\\\ for a backslash")
        }
    }

    private static func parseHex(
        _ scanner: inout TOMLScanner, digits: Int, escapeStart: SourceLocation
    ) throws -> Unicode.Scalar {
        var hex = ""
        for _ in 0..<digits {
            guard let scalar = scanner.current, scalar.properties.isASCIIHexDigit else {
                throw InputError(at: escapeStart, "a \\\(digits == 4 ? "u" : "U") escape needs \(digits) hexadecimal digits")
            }
            hex.unicodeScalars.append(scalar)
            scanner.advance()
        }
        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw InputError(at: escapeStart, "'\(hex)' is not a Unicode scalar value")
        }
        return scalar
    }

    /// Control characters other than tab must be escaped in TOML strings.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }
}
