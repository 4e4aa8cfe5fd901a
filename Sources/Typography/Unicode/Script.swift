import CICUShim

/// A Unicode script (UAX #24), named by its ISO 15924 code such as `Latn`, `Arab`, `Hani`.
public struct Script: Hashable, Sendable, CustomStringConvertible {
    /// ICU's script number.
    let code: Int32

    /// Characters shared by many scripts: spaces, digits, punctuation.
    public static let common = Script(code: 0)
    /// Combining marks that take the script of the character they attach to.
    public static let inherited = Script(code: 1)
    /// Latin (ICU's USCRIPT_LATIN).
    public static let latin = Script(code: 25)

    /// The script of one character.
    public init(of scalar: Unicode.Scalar) {
        code = pp_script_of(scalar.value)
    }

    init(code: Int32) {
        self.code = code
    }

    /// True for Common and Inherited, which take the script of their neighbours.
    public var isShared: Bool { code == 0 || code == 1 }

    /// Whether `scalar` is used in this script (its Script_Extensions include it).
    public func isUsed(by scalar: Unicode.Scalar) -> Bool {
        pp_has_script(scalar.value, code) != 0
    }

    /// The ISO 15924 code, e.g. "Latn".
    public var isoCode: String {
        var buffer = [CChar](repeating: 0, count: 8)
        guard pp_script_iso_code(code, &buffer) == 0 else { return "Zyyy" }
        return String(decoding: buffer.prefix(4).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public var description: String { isoCode }
}

/// How many characters of each script (UAX #24) a document holds, spaces and punctuation
/// counted as `Zyyy` (Common) and combining marks with their base: the script mix that
/// `petition fonts check` reports, so a translation's surprising script shows up.
public struct ScriptMix: Sendable, Equatable {
    /// Characters per ISO 15924 code.
    public private(set) var counts: [String: Int] = [:]

    public init() {}

    /// Counts the characters of `text`. White space is not counted.
    public mutating func add(_ text: String) {
        var base = "Zyyy"
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            let script = Script(of: scalar)
            let code = script == .inherited ? base : script.isoCode
            if !script.isShared { base = code }
            counts[code, default: 0] += 1
        }
    }

    /// All characters counted.
    public var total: Int { counts.values.reduce(0, +) }

    /// The scripts by count, largest first (ties by code), with their share of the total.
    public var ranked: [(script: String, count: Int, share: Double)] {
        let total = Double(max(self.total, 1))
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { (script: $0.key, count: $0.value, share: Double($0.value) / total) }
    }
}
