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
