/// How a measured line fits a given width: its adjustment ratio, badness and fitness class.
struct LineFit: Sendable {
    /// Widths closer than this count as equal, absorbing rounding in the prefix sums over long
    /// paragraphs; it is far below any printable distance in points.
    static let roundingSlack: Double = 1e-6

    /// The ratio to report: within [-1, ∞), 0 when there is nothing to stretch.
    var ratio: Double
    /// 100·|r|³ capped at `Badness.infinite`; `Badness.infinite` for overfull lines and for
    /// short lines with nothing to stretch.
    var badness: Double
    /// The line's fitness class.
    var fitness: FitnessClass
    /// How far the line sticks out with all its shrink used; 0 unless overfull.
    var overfullWidth: Double

    /// Whether the line is wider than its measure even fully shrunk.
    var isOverfull: Bool { overfullWidth > 0 }

    /// Fits `measure` into a line `width` wide.
    init(_ measure: LineMeasure, width: Double) {
        let shortfall = width - measure.naturalWidth
        if measure.isEmpty || abs(shortfall) <= Self.roundingSlack {
            self.init(ratio: 0, badness: 0, fitness: .decent, overfullWidth: 0)
        } else if shortfall > 0 {
            if measure.hasInfiniteStretch {
                self.init(ratio: 0, badness: 0, fitness: .decent, overfullWidth: 0)
            } else if measure.stretch > 0 {
                let ratio = shortfall / measure.stretch
                self.init(ratio: ratio, badness: Badness.of(adjustmentRatio: ratio),
                          fitness: FitnessClass(ratio: ratio), overfullWidth: 0)
            } else {
                self.init(ratio: 0, badness: Badness.infinite, fitness: .veryLoose, overfullWidth: 0)
            }
        } else if -shortfall <= measure.shrink + Self.roundingSlack {
            let ratio = max(-1, shortfall / measure.shrink)
            self.init(ratio: ratio, badness: Badness.of(adjustmentRatio: ratio),
                      fitness: FitnessClass(ratio: ratio), overfullWidth: 0)
        } else {
            self.init(ratio: measure.shrink > 0 ? -1 : 0, badness: Badness.infinite,
                      fitness: .tight, overfullWidth: -shortfall - measure.shrink)
        }
    }

    private init(ratio: Double, badness: Double, fitness: FitnessClass, overfullWidth: Double) {
        self.ratio = ratio
        self.badness = badness
        self.fitness = fitness
        self.overfullWidth = overfullWidth
    }
}
