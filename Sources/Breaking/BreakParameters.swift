/// The knobs of total-fit line breaking; the defaults are TeX's plain-format values.
public struct BreakParameters: Sendable, Equatable {
    /// The largest badness (100·r³, capped at 10000) a line may have. A line with nothing to
    /// stretch that falls short has badness 10000, so only a tolerance of 10000 accepts it.
    public var tolerance: Double
    /// Added to every line's badness before squaring, so fewer lines are preferred (l in
    /// Knuth & Plass 1981; TeX's `\linepenalty`).
    public var linePenalty: Double
    /// Added when two consecutive lines end at flagged breaks, i.e. hyphens (α in
    /// Knuth & Plass 1981; TeX's `\doublehyphendemerits`).
    public var flaggedDemerits: Double
    /// Added when the second-to-last line ends at a flagged break (TeX's
    /// `\finalhyphendemerits`).
    public var finalFlaggedDemerits: Double
    /// Added when adjacent lines are in fitness classes more than one apart, e.g. a very
    /// loose line next to a decent one (γ in Knuth & Plass 1981; TeX's `\adjdemerits`).
    public var fitnessDemerits: Double

    /// TeX's `\tolerance` 200 (plain TeX), the tolerance of the pass that may hyphenate.
    public static let texTolerance: Double = 200
    /// TeX's `\pretolerance` 100 (plain TeX): TeX first tries this tolerance without
    /// hyphenation points, and only hyphenates if that fails. Use it as `tolerance` for
    /// such a first pass.
    public static let texPretolerance: Double = 100
    /// TeX's `\linepenalty` 10 (plain TeX); Knuth & Plass 1981 also use l = 10.
    public static let texLinePenalty: Double = 10
    /// TeX's `\doublehyphendemerits` 10000 (plain TeX); Knuth & Plass 1981 use α = 3000.
    public static let texDoubleHyphenDemerits: Double = 10_000
    /// TeX's `\finalhyphendemerits` 5000 (plain TeX).
    public static let texFinalHyphenDemerits: Double = 5_000
    /// TeX's `\adjdemerits` 10000 (plain TeX); Knuth & Plass 1981 use γ = 3000.
    public static let texAdjDemerits: Double = 10_000

    /// Parameters with TeX's defaults unless given.
    public init(
        tolerance: Double = BreakParameters.texTolerance,
        linePenalty: Double = BreakParameters.texLinePenalty,
        flaggedDemerits: Double = BreakParameters.texDoubleHyphenDemerits,
        finalFlaggedDemerits: Double = BreakParameters.texFinalHyphenDemerits,
        fitnessDemerits: Double = BreakParameters.texAdjDemerits
    ) {
        self.tolerance = tolerance
        self.linePenalty = linePenalty
        self.flaggedDemerits = flaggedDemerits
        self.finalFlaggedDemerits = finalFlaggedDemerits
        self.fitnessDemerits = fitnessDemerits
    }
}
