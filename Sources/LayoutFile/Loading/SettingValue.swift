import Diagnostics
import Foundation

/// A value from a layout file read as the type its key needs, with messages that name the key
/// and point at the value.
struct SettingValue {
    let value: TOMLValue
    let key: String

    func error(_ message: String) -> InputError {
        InputError(at: value.location, message)
    }

    func number() throws -> Double {
        switch value.content {
        case .integer(let number): return Double(number)
        case .float(let number): return number
        default: throw mismatch("a number")
        }
    }

    /// A number greater than zero: a font size or leading.
    func positiveNumber() throws -> Double {
        let number = try number()
        guard number > 0 else { throw error("'\(key)' must be greater than 0, got \(number.plainText)") }
        return number
    }

    func integer() throws -> Int {
        switch value.content {
        case .integer(let number): return number
        case .float(let number): throw error("expected a whole number for '\(key)', got \(number.plainText)")
        default: throw mismatch("a whole number")
        }
    }

    func string() throws -> String {
        guard case .string(let text) = value.content else { throw mismatch("a string") }
        return text
    }

    func boolean() throws -> Bool {
        guard case .boolean(let flag) = value.content else { throw mismatch("true or false") }
        return flag
    }

    /// A length that is not negative: a string with a unit (`"8mm"`) or a number of points.
    func length() throws -> Double {
        let points: Double
        switch value.content {
        case .integer, .float:
            points = try number()
        case .string(let text):
            guard let length = Length.parse(text) else {
                throw error("invalid length '\(text)' for '\(key)'; use a number with pt, mm, cm or in, like \"12pt\" or \"8mm\"")
            }
            points = length.points
        default:
            throw mismatch("a length like \"12pt\" or \"8mm\"")
        }
        guard points >= 0 else { throw error("'\(key)' must not be negative") }
        return points
    }

    func pageSize() throws -> PageSize {
        let text = try string()
        guard let size = PageSize.parse(text) else {
            let names = PageSize.namedSizes.map(\.name).joined(separator: ", ")
            throw error("invalid page size '\(text)'; use one of \(names), or a size like \"210mm x 297mm\"")
        }
        return size
    }

    /// One of the cases of `Choice`, written as its raw value.
    func choice<Choice: RawRepresentable & CaseIterable>(_ type: Choice.Type) throws -> Choice where Choice.RawValue == String {
        let text = try string()
        if let choice = Choice(rawValue: text) { return choice }
        let names = Choice.allCases.map(\.rawValue)
        let hint = Suggestion.didYouMean(text, among: names)
        throw error("unknown value '\(text)' for '\(key)'\(hint) (choices: \(names.joined(separator: ", ")))")
    }

    /// An array of distinct cases of `Choice`, each written as its raw value.
    func choices<Choice: RawRepresentable & CaseIterable & Equatable>(_ type: Choice.Type) throws -> [Choice]
    where Choice.RawValue == String {
        guard case .array(let elements) = value.content else { throw mismatch("a list of strings") }
        var chosen: [Choice] = []
        for element in elements {
            let choice = try SettingValue(value: element, key: key).choice(type)
            if chosen.contains(choice) {
                throw InputError(at: element.location, "'\(choice.rawValue)' is listed twice in '\(key)'")
            }
            chosen.append(choice)
        }
        return chosen
    }

    /// A string whose `{field}` placeholders are all among `fields`.
    func template(fields: [String]) throws -> String {
        let text = try string()
        let listed = fields.map { "{\($0)}" }.joined(separator: ", ")
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw error("unclosed '{' in '\(key)'; fields are written like \(listed)")
            }
            let field = String(rest[rest.index(after: open)..<close])
            guard fields.contains(field) else {
                let hint = Suggestion.didYouMean(field, among: fields) { "{\($0)}" }
                throw error("unknown field '{\(field)}' in '\(key)'\(hint) (fields: \(listed))")
            }
            rest = rest[rest.index(after: close)...]
        }
        return text
    }

    private func mismatch(_ expected: String) -> InputError {
        error("expected \(expected) for '\(key)', got \(value.kindDescription)")
    }
}

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
