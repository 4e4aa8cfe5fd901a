import Diagnostics
import Foundation

/// Reads a signatory file in JSON Lines: one JSON object per line, its keys named like CSV
/// headers (same synonyms, same `--columns` overrides).
///
/// Strings are used as they are, numbers in decimal (Foundation gives booleans as 1 and 0),
/// `null`, arrays and nested objects as empty. A line that is not a JSON object is a rejected
/// row with its line number; reading goes on with the next line.
enum JSONLinesReader {
    /// Whether the first non-blank line starts with `{`.
    static func detect(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        for line in ByteLines(bytes, from: start) where !ByteLines.isBlank(bytes, line.range) {
            return bytes[line.range].first { $0 != ASCII.space && $0 != ASCII.tab } == UInt8(ascii: "{")
        }
        return false
    }

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, options: SignatoryOptions,
                     file: String) throws(InputError) -> SignatoryList {
        var list = SignatoryList(format: .jsonLines)
        list.signatories.reserveCapacity(ByteLines.count(in: bytes))
        var keys = KeyTable(options: options, file: file)
        for line in ByteLines(bytes, from: start) {
            if ByteLines.isBlank(bytes, line.range) {
                list.skippedBlankLines += 1
                continue
            }
            if let problem = RowCheck.problem(in: bytes, range: line.range) {
                list.reject(line: line.number, problem)
                continue
            }
            let data = Data(UnsafeBufferPointer(rebasing: bytes[line.range]))
            guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                list.reject(line: line.number, "malformed JSON: the line is not one JSON object")
                continue
            }
            if let signatory = keys.signatory(from: object, line: line.number) {
                list.accept(signatory)
            } else {
                list.reject(line: line.number, "empty")
            }
        }
        list.warnings += keys.log.allWarnings
        if let missing = keys.unseenOverrideHeaders.first {
            throw InputError(file: file, "--columns names the key '\(missing)', which no line of the file has")
        }
        if let groupBy = options.groupBy, !keys.sawGroupKey {
            throw InputError(file: file, "cannot group by '\(groupBy)': no line of the file has that key")
        }
        return list
    }
}

/// What each JSON key means, looked up once per distinct key; details are shared through
/// `DetailsSharing`.
private struct KeyTable {
    private let options: SignatoryOptions
    private var meanings: [String: Meaning] = [:]
    private var seen: Set<String> = []
    private var detailsSharing = DetailsSharing()
    private(set) var log: SanitizingLog
    private(set) var sawGroupKey = false

    private enum Meaning {
        case column(SignatoryColumn)
        case group
        case ignored
    }

    init(options: SignatoryOptions, file: String) {
        self.options = options
        self.log = SanitizingLog(file: file)
    }

    var unseenOverrideHeaders: [String] {
        (options.columns?.assignments ?? []).compactMap(\.header)
            .filter { !seen.contains(SignatoryColumn.normalisedHeader($0)) }
    }

    mutating func signatory(from object: [String: Any], line: Int) -> Signatory? {
        var values = [String](repeating: "", count: SignatoryColumn.allCases.count)
        var groupValue = ""
        for (key, value) in object {
            switch meaning(of: key) {
            case .column(let column):
                let index = SignatoryColumn.allCases.firstIndex(of: column)!
                if values[index].isEmpty {
                    let text = log.clean(Self.text(value), column: column.rawValue, line: line)
                    values[index] = text
                }
            case .group:
                groupValue = log.clean(Self.text(value), column: "group", line: line)
            case .ignored:
                break
            }
        }
        func value(_ column: SignatoryColumn) -> String { values[SignatoryColumn.allCases.firstIndex(of: column)!] }
        var signatory = SignatoryBuilder.signatory(
            name: value(.name), firstName: value(.firstName), lastName: value(.lastName), title: value(.title),
            organisation: value(.organisation), city: value(.city), country: value(.country), line: line)
        for slot in options.askedSlots { signatory?[slot: slot] = slot.column.map(value) ?? "" }
        signatory?.groupColumnValue = groupValue
        signatory?.shareDetails(through: &detailsSharing)
        return signatory
    }

    private mutating func meaning(of key: String) -> Meaning {
        if let known = meanings[key] { return known }
        let normalised = SignatoryColumn.normalisedHeader(key)
        seen.insert(normalised)
        var meaning = Meaning.ignored
        if let groupBy = options.groupBy, options.groupColumn == nil,
           SignatoryColumn.normalisedHeader(groupBy) == normalised {
            meaning = .group
        } else if let column = HeaderResolver.column(forHeader: key, overrides: options.columns) {
            meaning = .column(column)
        }
        if case .group = meaning { sawGroupKey = true }
        if case .column(let column) = meaning, column == options.groupColumn { sawGroupKey = true }
        meanings[key] = meaning
        return meaning
    }

    /// A JSON value as cleaned field text.
    private static func text(_ value: Any) -> String {
        var raw: String
        switch value {
        case let string as String: raw = string
        case let number as NSNumber: raw = number.stringValue
        default: return ""
        }
        return raw.withUTF8 { FieldText.clean($0) }
    }
}
