/// The four fitness classes of Knuth & Plass 1981 (TeX's `very_loose_fit` … `tight_fit`):
/// adjacent lines whose classes are more than one apart cost `BreakParameters.fitnessDemerits`.
enum FitnessClass: Int8, Sendable {
    case veryLoose = 0
    case loose = 1
    case decent = 2
    case tight = 3

    /// Above this ratio a line is very loose (Knuth & Plass 1981: r > 1).
    static let veryLooseAbove: Double = 1
    /// Above this ratio a line is loose (Knuth & Plass 1981: 0.5 < r ≤ 1).
    static let looseAbove: Double = 0.5
    /// Below this ratio a line is tight (Knuth & Plass 1981: r < −0.5).
    static let tightBelow: Double = -0.5

    /// The class of a line set at adjustment ratio `ratio`.
    init(ratio: Double) {
        if ratio > Self.veryLooseAbove {
            self = .veryLoose
        } else if ratio > Self.looseAbove {
            self = .loose
        } else if ratio >= Self.tightBelow {
            self = .decent
        } else {
            self = .tight
        }
    }

    /// Whether a line of this class next to a line of `other` looks uneven.
    func isIncompatible(with other: FitnessClass) -> Bool {
        abs(rawValue - other.rawValue) > 1
    }
}
