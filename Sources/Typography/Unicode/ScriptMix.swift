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
