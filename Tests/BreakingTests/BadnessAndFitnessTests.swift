@testable import Breaking
import Testing

/// Badness, fitness classes and rounding.
struct BadnessAndFitnessTests {
    @Test func badnessIsHundredTimesTheCubedRatioCapped() {
        #expect(Badness.of(adjustmentRatio: 0) == 0)
        #expect(Badness.of(adjustmentRatio: 0.5) == 12.5)
        #expect(Badness.of(adjustmentRatio: -1) == Badness.scale)
        #expect(Badness.of(adjustmentRatio: 2) == 800)
        #expect(Badness.of(adjustmentRatio: 5) == Badness.infinite)
    }

    @Test func fitnessClassBoundaries() {
        #expect(FitnessClass(ratio: 1.01) == .veryLoose)
        #expect(FitnessClass(ratio: FitnessClass.veryLooseAbove) == .loose)
        #expect(FitnessClass(ratio: 0.51) == .loose)
        #expect(FitnessClass(ratio: FitnessClass.looseAbove) == .decent)
        #expect(FitnessClass(ratio: FitnessClass.tightBelow) == .decent)
        #expect(FitnessClass(ratio: -0.51) == .tight)
        #expect(FitnessClass.veryLoose.isIncompatible(with: .decent))
        #expect(!FitnessClass.loose.isIncompatible(with: .decent))
    }

    /// Ten shrinks of 0.1 add up to 0.9999999999999999, not 1. A line 21 wide that needs
    /// exactly that much shrink to fit 20 still fits, at r = -1, thanks to `LineFit.roundingSlack`.
    @Test func roundingDoesNotMakeAnExactFitOverfull() {
        let shrink = (0..<10).reduce(0.0) { sum, _ in sum + 0.1 }
        #expect(shrink < 1)
        let measure = LineMeasure(naturalWidth: 21, breakWidth: 0, stretch: 10, hasInfiniteStretch: false,
                                  shrink: shrink, isEmpty: false)
        let fit = LineFit(measure, width: 20)
        #expect(!fit.isOverfull)
        #expect(fit.ratio == -1)
        #expect(LineFit.roundingSlack < 1e-3)
    }
}
