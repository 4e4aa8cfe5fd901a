// Measuring candidate lines: how wide each line is, what the material between two breaks
// measures, and how well it fits (badness, fitness class).

/// How wide each line of a paragraph is: a few leading lines of their own widths (for a
/// hanging indent or a drop cap, say), then every further line the same width.
public struct LineWidths: Sendable, Equatable {
    /// Widths of the first lines, in order.
    public let first: [Double]
    /// Width of every line after those in `first`.
    public let rest: Double

    /// Every line `width` wide.
    public init(_ width: Double) {
        self.init(first: [], rest: width)
    }

    /// Line `i` is `first[i]` wide while `i < first.count`, and `rest` wide after that.
    public init(first: [Double], rest: Double) {
        self.first = first
        self.rest = rest
    }

    /// The width of line `index` (0-based).
    public func width(ofLine index: Int) -> Double {
        index < first.count ? first[index] : rest
    }

    /// The line index as far as widths can tell lines apart: lines from `first.count` on are
    /// all alike, so breaks ending them compete with each other (TeX's "easy line").
    func widthClass(ofLine index: Int) -> Int {
        min(index, first.count)
    }
}

/// Prefix sums over a paragraph's items, so any candidate line is measured in constant time
/// and without allocating.
struct ParagraphMetrics: Sendable {
    /// The paragraph.
    let items: [Item]
    /// Index of the break that ends the paragraph: the final forced penalty, or
    /// `items.count` (a virtual forced break) when the items do not end with one.
    let finalBreak: Int

    // Entry i of each sum covers items[0..<i]; penalties add nothing (their width counts
    // only at a break).
    private let widthSum: [Double]
    private let stretchSum: [Double]
    private let infiniteStretchSum: [Double]
    private let shrinkSum: [Double]
    /// Entry i tells whether only discardable items lie between item i and a forced break
    /// (or the virtual final break).
    private let precedesForcedBreak: [Bool]

    init(_ items: [Item]) {
        self.items = items
        finalBreak = items.last?.isForcedBreak == true ? items.count - 1 : items.count
        var widths = [0.0], stretches = [0.0], infiniteStretches = [0.0], shrinks = [0.0]
        widths.reserveCapacity(items.count + 1)
        stretches.reserveCapacity(items.count + 1)
        infiniteStretches.reserveCapacity(items.count + 1)
        shrinks.reserveCapacity(items.count + 1)
        var width = 0.0, stretch = 0.0, infiniteStretch = 0.0, shrink = 0.0
        for item in items {
            switch item {
            case .box(let boxWidth):
                width += boxWidth
            case .glue(let glueWidth, let glueStretch, let glueShrink):
                width += glueWidth
                if glueStretch >= Item.infiniteStretch {
                    infiniteStretch += glueStretch
                } else {
                    stretch += glueStretch
                }
                shrink += glueShrink
            case .penalty:
                break
            }
            widths.append(width)
            stretches.append(stretch)
            infiniteStretches.append(infiniteStretch)
            shrinks.append(shrink)
        }
        widthSum = widths
        stretchSum = stretches
        infiniteStretchSum = infiniteStretches
        shrinkSum = shrinks
        precedesForcedBreak = Self.itemsPrecedingForcedBreaks(items, endsWithForcedBreak: finalBreak < items.count)
    }

    /// For each item, whether the next item that is not discarded at a line start is a forced
    /// break (or the end of items that lack a final forced break).
    private static func itemsPrecedingForcedBreaks(_ items: [Item], endsWithForcedBreak: Bool) -> [Bool] {
        var result = [Bool](repeating: false, count: items.count)
        var nextIsForced = !endsWithForcedBreak
        for index in items.indices.reversed() {
            result[index] = nextIsForced
            let item = items[index]
            if item.isForcedBreak {
                nextIsForced = true
            } else if !item.isDiscardedAtLineStart {
                nextIsForced = false
            }
        }
        return result
    }

    /// The break at `index`, or nil when a line cannot end there: boxes, glue not right after
    /// a box, and penalties of `Penalty.forbidden` or more. `finalBreak` is always a break.
    ///
    /// A glue or optional penalty followed by nothing but discardable items up to a forced
    /// break is no break either: the line after it could only be empty. This is what TeX's
    /// `\penalty10000` before `\parfillskip` achieves, so callers need not add one.
    func breakpoint(at index: Int) -> Breakpoint? {
        if index == items.count { return .implicitEnd }
        if precedesForcedBreak[index], !items[index].isForcedBreak { return nil }
        switch items[index] {
        case .box:
            return nil
        case .glue:
            guard index > 0, case .box = items[index - 1] else { return nil }
            return .glue
        case .penalty(let width, let cost, let flagged):
            return cost < Penalty.forbidden ? Breakpoint(width: width, cost: cost, flagged: flagged) : nil
        }
    }

    /// The line from item `start` up to the break at `end`, which must not come before
    /// `start`. The virtual final break brings infinite stretch, like TeX's `\parfillskip`.
    func measure(from start: Int, to end: Int, endingAt breakpoint: Breakpoint) -> LineMeasure {
        LineMeasure(
            naturalWidth: widthSum[end] - widthSum[start] + breakpoint.width,
            breakWidth: breakpoint.width,
            stretch: stretchSum[end] - stretchSum[start],
            hasInfiniteStretch: end == items.count || infiniteStretchSum[end] > infiniteStretchSum[start],
            shrink: shrinkSum[end] - shrinkSum[start],
            isEmpty: start == end
        )
    }
}

/// A legal place to end a line, with what ending there costs and adds.
struct Breakpoint: Sendable {
    /// Width set at the end of the line when it ends here (a hyphen); 0 for glue.
    var width: Double
    /// The penalty value; 0 for glue.
    var cost: Double
    /// Whether this is a flagged (hyphen) break.
    var flagged: Bool

    /// A break at glue: free, nothing set, not flagged.
    static let glue = Breakpoint(width: 0, cost: 0, flagged: false)

    /// The virtual forced break assumed after items that do not end with one.
    static let implicitEnd = Breakpoint(width: 0, cost: -Penalty.forbidden, flagged: false)

    /// Whether the line must end here.
    var isForced: Bool { cost <= -Penalty.forbidden }
}

/// The natural width, stretch and shrink of the material of one candidate line.
struct LineMeasure: Sendable {
    /// Natural width, including the break's own width (a hyphen).
    var naturalWidth: Double
    /// The part of `naturalWidth` set only because the line ends at this break.
    var breakWidth: Double
    /// Total finite stretch.
    var stretch: Double
    /// Whether some glue on the line stretches infinitely.
    var hasInfiniteStretch: Bool
    /// Total shrink.
    var shrink: Double
    /// Whether the line holds no items at all (e.g. between two forced breaks).
    var isEmpty: Bool

    /// Whether the line is too wide for `width` even without the break's width, so every
    /// later break ending a line from the same start is too wide as well.
    func cannotFitAnyLaterBreak(in width: Double) -> Bool {
        naturalWidth - breakWidth - shrink > width + LineFit.roundingSlack
    }
}

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

/// How badly a line is stretched or shrunk, as TeX reports it ("Underfull \hbox (badness 10000)").
public enum Badness {
    /// The badness of a line that cannot be set well at all: TeX's `inf_bad` 10000
    /// ("infinitely bad", The TeXbook chapter 14). Every badness is capped here, and a short
    /// line with nothing to stretch has exactly this badness.
    public static let infinite: Double = 10_000

    /// Badness is this times |r|³: Knuth & Plass 1981 define badness as 100·|r|³, which TeX
    /// approximates in integers (tex.web §108).
    public static let scale: Double = 100

    /// The badness of a line set at adjustment ratio `ratio`: 100·|r|³, at most `infinite`.
    public static func of(adjustmentRatio ratio: Double) -> Double {
        min(scale * abs(ratio * ratio * ratio), infinite)
    }
}

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
