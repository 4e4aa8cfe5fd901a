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
        Self.isoCodes.indices.contains(Int(code)) ? Self.isoCodes[Int(code)] : Self.readISOCode(code)
    }

    /// The ISO 15924 code as an OpenType tag (its four letters, first in the high byte), as
    /// HarfBuzz takes a script.
    var isoTag: UInt32 {
        isoCode.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The codes of ICU's script numbers below 256 (ICU 72 has about 200), asked of ICU once:
    /// shaping asks for a run's code every time.
    private static let isoCodes: [String] = (0..<256).map { readISOCode(Int32($0)) }

    private static func readISOCode(_ code: Int32) -> String {
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

/// A stretch of text in one script.
public struct ScriptRun: Sendable, Equatable {
    /// UTF-16 offsets into the paragraph.
    public var range: Range<Int>
    public var script: Script
}

/// Splits text into runs of one script (UAX #24). Common and Inherited characters (spaces,
/// digits, punctuation, combining marks) join the run before them, or the first real script after
/// them at the start of the text, as in HarfBuzz's and Pango's itemizers.
public enum ScriptRuns {
    public static func itemize(_ text: [UInt16]) -> [ScriptRun] {
        var runs: [ScriptRun] = []
        var current: Script?
        var runStart = 0
        var offset = 0
        for (scalar, _, width) in UTF16Scalars(text) {
            // ASCII letters are Latin, everything else in ASCII is Common: no need to ask ICU (or
            // Unicode's property tables).
            let script = scalar.isASCII ? (Self.isASCIILetter(scalar.value) ? Script.latin : .common) : Script(of: scalar)
            if !script.isShared {
                if let running = current {
                    if script != running, !running.isUsed(by: scalar) {
                        runs.append(ScriptRun(range: runStart..<offset, script: running))
                        runStart = offset
                        current = script
                    }
                } else {
                    current = script
                }
            }
            offset += width
        }
        if offset > runStart {
            runs.append(ScriptRun(range: runStart..<offset, script: current ?? .common))
        }
        return runs
    }

    /// A–Z and a–z: the ASCII characters that are alphabetic.
    private static func isASCIILetter(_ value: UInt32) -> Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
}
