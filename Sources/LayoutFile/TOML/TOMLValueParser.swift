import Diagnostics
import Foundation

/// Reads one value at the scanner's position: a string, number, boolean or array of those.
enum TOMLValueParser {
    /// Parses the value under the cursor and leaves the cursor just after it.
    static func parseValue(_ scanner: inout TOMLScanner, inArray: Bool = false) throws -> TOMLValue {
        let start = scanner.location
        switch scanner.current {
        case "\"", "'":
            if scanner.peek(1) == scanner.current, scanner.peek(2) == scanner.current {
                throw InputError(at: start, "multi-line strings are not supported in layout files")
            }
            return TOMLValue(content: .string(try TOMLStringParser.parse(&scanner)), location: start)
        case "[":
            if inArray {
                throw InputError(at: start, "nested arrays are not supported in layout files")
            }
            return try parseArray(&scanner)
        case "{":
            throw InputError(at: start, "inline tables are not supported in layout files; use a [table] header")
        default:
            let token = scanner.scanWhile { !isTokenEnd($0) }
            return TOMLValue(content: try scalarContent(of: token, at: start), location: start)
        }
    }

    private static func parseArray(_ scanner: inout TOMLScanner) throws -> TOMLValue {
        let start = scanner.location
        scanner.advance()
        var elements: [TOMLValue] = []
        while true {
            skipArrayFiller(&scanner)
            if scanner.isAtEnd {
                throw InputError(at: start, "unterminated array; add the closing ']'")
            }
            if scanner.current == "]" { break }
            elements.append(try parseValue(&scanner, inArray: true))
            skipArrayFiller(&scanner)
            if scanner.current == "," {
                scanner.advance()
            } else if scanner.current != "]" {
                if scanner.isAtEnd {
                    throw InputError(at: start, "unterminated array; add the closing ']'")
                }
                throw InputError(at: scanner.location, "expected ',' or ']' in the array")
            }
        }
        scanner.advance()
        return TOMLValue(content: .array(elements), location: start)
    }

    /// Skips spaces, line breaks and comments, which may sit anywhere between array elements.
    private static func skipArrayFiller(_ scanner: inout TOMLScanner) {
        while true {
            scanner.skipSpaces()
            scanner.skipComment()
            guard scanner.current == "\n" else { return }
            scanner.advance()
        }
    }

    private static func isTokenEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "#", ",", "]": true
        default: false
        }
    }

    /// Reads a bare token as a boolean or number, or explains why it is not one.
    private static func scalarContent(of token: String, at location: SourceLocation) throws -> TOMLValue.Content {
        switch token {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        case "inf", "+inf", "-inf", "nan", "+nan", "-nan":
            throw InputError(at: location, "inf and nan are not supported in layout files")
        default: break
        }
        if looksLikeDateOrTime(token) {
            throw InputError(at: location, "dates and times are not supported in layout files")
        }
        if let number = try TOMLNumber.parse(token, at: location) {
            return number
        }
        if token.isEmpty {
            throw InputError(at: location, "expected a value")
        }
        throw InputError(at: location, "invalid value '\(token)'; text needs quotes, like \"\(token)\"")
    }

    /// `1979-05-27…` or `07:32…`: the start of a TOML date or time.
    private static func looksLikeDateOrTime(_ token: String) -> Bool {
        let scalars = Array(token.unicodeScalars)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= scalars.count && range.allSatisfy { ("0"..."9").contains(scalars[$0]) }
        }
        let isDate = digits(0..<4) && scalars.count > 4 && scalars[4] == "-" && digits(5..<7)
        let isTime = digits(0..<2) && scalars.count > 2 && scalars[2] == ":" && digits(3..<5)
        return isDate || isTime
    }
}

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

/// Reads TOML decimal integers and floats: `42`, `-7`, `1_000`, `11.5`, `6e-3`.
enum TOMLNumber {
    /// The number `token` spells, `nil` if it does not look like a number at all; throws for
    /// number-like tokens TOML does not allow (leading zeros, misplaced `_`) or that overflow.
    static func parse(_ token: String, at location: SourceLocation) throws -> TOMLValue.Content? {
        if token.hasPrefix("0x") || token.hasPrefix("0o") || token.hasPrefix("0b") {
            throw InputError(at: location, "hexadecimal, octal and binary numbers are not supported in layout files")
        }
        guard let first = token.unicodeScalars.first, isSignOrDigit(first),
              token.unicodeScalars.allSatisfy({ isSignOrDigit($0) || "._eE".unicodeScalars.contains($0) })
        else { return nil }
        guard let isFloat = shape(of: Array(token.unicodeScalars)) else {
            throw InputError(at: location, "invalid number '\(token)'")
        }
        let plain = token.replacingOccurrences(of: "_", with: "")
        if isFloat, let value = Double(plain) {
            return .float(value)
        }
        if !isFloat, let value = Int(plain) {
            return .integer(value)
        }
        throw InputError(at: location, "number '\(token)' is out of range")
    }

    private static func isSignOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "+" || scalar == "-" || ("0"..."9").contains(scalar)
    }

    /// Checks the TOML decimal grammar; returns whether the number is a float, or `nil` if
    /// the token breaks the grammar.
    private static func shape(of scalars: [Unicode.Scalar]) -> Bool? {
        var index = 0
        if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" { index += 1 }
        let integerStart = index
        guard skipDigits(scalars, &index) else { return nil }
        if index - integerStart > 1 && scalars[integerStart] == "0" { return nil }
        var isFloat = false
        if index < scalars.count, scalars[index] == "." {
            index += 1
            guard skipDigits(scalars, &index) else { return nil }
            isFloat = true
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            index += 1
            if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" { index += 1 }
            guard skipDigits(scalars, &index) else { return nil }
            isFloat = true
        }
        return index == scalars.count ? isFloat : nil
    }

    /// Skips digits with single underscores between them; false if there are none or an
    /// underscore is misplaced.
    private static func skipDigits(_ scalars: [Unicode.Scalar], _ index: inout Int) -> Bool {
        var previousWasDigit = false
        while index < scalars.count {
            let scalar = scalars[index]
            if ("0"..."9").contains(scalar) {
                previousWasDigit = true
            } else if scalar == "_" && previousWasDigit && index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1]) {
                previousWasDigit = false
            } else {
                break
            }
            index += 1
        }
        return previousWasDigit
    }
}
