import Diagnostics

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
