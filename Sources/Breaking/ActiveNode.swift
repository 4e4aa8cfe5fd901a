/// A break from which a line may still start: an "active node" of Knuth & Plass 1981.
struct ActiveNode: Sendable {
    /// Index of the first item on the line after this break (glue and penalties after the
    /// break are discarded).
    var start: Int
    /// The index of the next line as far as its width is concerned (see
    /// `LineWidths.widthClass(ofLine:)`).
    var widthClass: Int
    /// Fitness class of the line ending at this break.
    var fitness: FitnessClass
    /// Whether this break is flagged (a hyphen).
    var flagged: Bool
    /// Best cost of the lines up to this break.
    var cost: BreakCost
    /// This break's `BreakRecord`, or -1 for the paragraph start.
    var record: Int

    /// The start of the paragraph: as if after a decent line ending at a plain break (TeX
    /// starts with `decent_fit`). Items at the paragraph start are not discarded.
    static let paragraphStart = ActiveNode(
        start: 0, widthClass: 0, fitness: .decent, flagged: false, cost: .zero, record: -1
    )
}
