/// One element of a paragraph as the line breaker sees it: the box/glue/penalty model of
/// Knuth & Plass 1981, "Breaking Paragraphs into Lines".
///
/// The breaker never looks inside an item; widths are in whatever unit the caller uses
/// (points, say), the same unit as `LineWidths`. Widths should be finite and stretch and
/// shrink non-negative.
public enum Item: Sendable, Equatable {
    /// Material that is set as it is: a word, a syllable, an indent.
    case box(width: Double)
    /// Space that can stretch or shrink. It is a legal break when immediately preceded by a
    /// box (unless only glue and penalties follow it up to a forced break); breaking there
    /// discards it. Stretch of at least `Item.infiniteStretch` is infinite, like TeX's `fil`.
    case glue(width: Double, stretch: Double, shrink: Double)
    /// A possible break with a cost.
    ///
    /// `cost`: penalty value; >= `Penalty.forbidden` (10000) forbids a break,
    /// <= -`Penalty.forbidden` forces one. `width` is set only when the line ends here
    /// (a hyphen, say). `flagged` marks hyphen breaks, for `BreakParameters.flaggedDemerits`
    /// and `BreakParameters.finalFlaggedDemerits`.
    case penalty(width: Double, cost: Double, flagged: Bool)
}

extension Item {
    /// Stretch at or above this is infinite (TeX's `fil` order): a line containing it fills
    /// any shortfall with badness 0 and adjustment ratio 0. Chosen as a value no real glue
    /// in points reaches; Knuth & Plass 1981 model the finishing glue's stretch as "infinity".
    public static let infiniteStretch: Double = 1_000_000

    /// The glue that ends a paragraph so its last line may be short (TeX's `\parfillskip`).
    public static let finishingGlue = Item.glue(width: 0, stretch: infiniteStretch, shrink: 0)

    /// A penalty that forces a break (TeX's `\penalty-10000`), as ends every paragraph.
    public static let forcedBreak = Item.penalty(width: 0, cost: -Penalty.forbidden, flagged: false)

    /// The two items a paragraph should end with: `finishingGlue` then `forcedBreak`.
    public static let paragraphEnd: [Item] = [finishingGlue, forcedBreak]

    /// Whether this is a penalty that forces a break.
    public var isForcedBreak: Bool {
        if case .penalty(_, let cost, _) = self { return cost <= -Penalty.forbidden }
        return false
    }

    /// Whether TeX drops this item at the start of a line: glue and penalties that do not
    /// force a break.
    var isDiscardedAtLineStart: Bool {
        switch self {
        case .box: return false
        case .glue: return true
        case .penalty: return !isForcedBreak
        }
    }
}

/// Named penalty values for `Item.penalty`.
public enum Penalty {
    /// A penalty this high forbids a break and its negation forces one: TeX's `\penalty10000`
    /// ("infinitely bad"), Knuth & Plass 1981 use "+∞" and "−∞" for the same role.
    public static let forbidden: Double = 10_000

    /// The cost of breaking at a hyphenation point inside a word: TeX's default
    /// `\hyphenpenalty` 50 (The TeXbook, chapter 14).
    public static let hyphen: Double = 50

    /// The cost of breaking after an explicit hyphen, as in "well-known": TeX's default
    /// `\exhyphenpenalty` 50 (The TeXbook, chapter 14).
    public static let explicitHyphen: Double = 50
}
