// What breaking costs: the parameters of the cost model, the demerits of one line, and the
// cost of a sequence of lines.

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
    /// The most legal breaks one line may pass over: a start is given up once a line from it
    /// reaches this many, as well as once its line is too wide for any later break. It bounds
    /// the active list, so breaking stays linear even where lines cannot grow wide (material of
    /// no width, between breaks of no width); lines of real text never come near it. At least 1.
    public var maximumBreaksPerLine: Int

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
    /// The default `maximumBreaksPerLine`, far above what a line of print holds: a line of
    /// 1,200 points (A3 landscape) set at 4 points has some 600 characters, and a break
    /// between each pair of ideographs gives no more breaks than that.
    public static let defaultMaximumBreaksPerLine = 2_000

    /// Parameters with TeX's defaults unless given.
    public init(
        tolerance: Double = BreakParameters.texTolerance,
        linePenalty: Double = BreakParameters.texLinePenalty,
        flaggedDemerits: Double = BreakParameters.texDoubleHyphenDemerits,
        finalFlaggedDemerits: Double = BreakParameters.texFinalHyphenDemerits,
        fitnessDemerits: Double = BreakParameters.texAdjDemerits,
        maximumBreaksPerLine: Int = BreakParameters.defaultMaximumBreaksPerLine
    ) {
        self.tolerance = tolerance
        self.linePenalty = linePenalty
        self.flaggedDemerits = flaggedDemerits
        self.finalFlaggedDemerits = finalFlaggedDemerits
        self.fitnessDemerits = fitnessDemerits
        self.maximumBreaksPerLine = maximumBreaksPerLine
    }
}

/// The demerits of one line, as defined by Knuth & Plass 1981 and TeX (tex.web §859).
enum Demerits {
    /// Demerits of a line with `badness` and `fitness` ending at `breakpoint`, following a
    /// line of `previousFitness` that ended at a break flagged `previousFlagged`.
    ///
    /// (l + b)² + p² for p ≥ 0, (l + b)² − p² for a negative penalty that does not force the
    /// break, and (l + b)² for a forced break; plus `flaggedDemerits` when both breaks are
    /// flagged, `finalFlaggedDemerits` instead when this line ends the paragraph after a
    /// flagged break, and `fitnessDemerits` when the fitness classes are incompatible.
    static func ofLine(
        badness: Double,
        fitness: FitnessClass,
        endingAt breakpoint: Breakpoint,
        endsParagraph: Bool,
        previousFitness: FitnessClass,
        previousFlagged: Bool,
        parameters: BreakParameters
    ) -> Double {
        let lineCost = parameters.linePenalty + badness
        var demerits = lineCost * lineCost
        let penalty = breakpoint.cost
        if penalty >= 0 {
            demerits += penalty * penalty
        } else if penalty > -Penalty.forbidden {
            demerits -= penalty * penalty
        }
        if endsParagraph {
            if previousFlagged { demerits += parameters.finalFlaggedDemerits }
        } else if previousFlagged && breakpoint.flagged {
            demerits += parameters.flaggedDemerits
        }
        if fitness.isIncompatible(with: previousFitness) {
            demerits += parameters.fitnessDemerits
        }
        return demerits
    }
}

/// What a sequence of lines up to some break costs: overfull width first, then demerits.
///
/// Ordinary breaking never allows overfull lines, so only demerits decide there; the
/// emergency pass minimises how far lines stick out before it looks at demerits.
struct BreakCost: Sendable {
    /// Total width by which lines stick out past their measure.
    var overfullWidth: Double
    /// Total demerits (Knuth & Plass 1981).
    var demerits: Double

    /// The cost of the empty sequence at the start of the paragraph.
    static let zero = BreakCost(overfullWidth: 0, demerits: 0)

    /// Whether `self` is strictly better than `other`; overfull widths within rounding of
    /// each other count as equal.
    func isLess(than other: BreakCost) -> Bool {
        if hasSameOverfullWidth(as: other) { return demerits < other.demerits }
        return overfullWidth < other.overfullWidth
    }

    /// Whether the overfull widths are equal up to rounding.
    func hasSameOverfullWidth(as other: BreakCost) -> Bool {
        abs(overfullWidth - other.overfullWidth) <= LineFit.roundingSlack
    }
}
