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
