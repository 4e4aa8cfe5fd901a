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
