import Foundation
import Diagnostics

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
