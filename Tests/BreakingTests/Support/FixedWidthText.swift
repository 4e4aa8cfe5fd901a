import Breaking

/// A fixed-width test "font": turns a string into items and breaks back into text lines.
///
/// Every character is a box of width 1 and every space is glue of width 1 with the given
/// stretch and shrink. `|` marks a hyphenation point: a flagged penalty of width 1 (the hyphen)
/// costing `hyphenCost`. `-` is an explicit hyphen: a box followed by a flagged penalty of
/// width 0 costing `explicitHyphenCost`. A newline ends a line: finishing glue and a forced
/// break. The text ends with `Item.paragraphEnd` unless `endsParagraph` is false.
struct FixedWidthText {
    /// The paragraph's items.
    let items: [Item]
    /// What each item shows when it is inside a line.
    private let glyphs: [String]

    init(
        _ text: String,
        stretch: Double = 1,
        shrink: Double = 0.5,
        hyphenCost: Double = Penalty.hyphen,
        explicitHyphenCost: Double = Penalty.explicitHyphen,
        endsParagraph: Bool = true
    ) {
        var items: [Item] = []
        var glyphs: [String] = []
        for character in text {
            switch character {
            case " ":
                items.append(.glue(width: 1, stretch: stretch, shrink: shrink))
                glyphs.append(" ")
            case "|":
                items.append(.penalty(width: 1, cost: hyphenCost, flagged: true))
                glyphs.append("")
            case "-":
                items += [.box(width: 1), .penalty(width: 0, cost: explicitHyphenCost, flagged: true)]
                glyphs += ["-", ""]
            case "\n":
                items += Item.paragraphEnd
                glyphs += ["", ""]
            default:
                items.append(.box(width: 1))
                glyphs.append(String(character))
            }
        }
        if endsParagraph {
            items += Item.paragraphEnd
            glyphs += ["", ""]
        }
        self.items = items
        self.glyphs = glyphs
    }

    /// The text of each line: its items' characters, plus "-" when it ends at a penalty with
    /// width (a hyphenation point).
    func lines(_ breaks: [LineBreak]) -> [String] {
        zip(KnuthPlass.lineRanges(of: breaks, in: items), breaks).map { range, lineBreak in
            var line = glyphs[range].joined()
            if lineBreak.itemIndex < items.count,
               case .penalty(let width, _, _) = items[lineBreak.itemIndex], width > 0 {
                line += "-"
            }
            return line
        }
    }

    /// The lines `KnuthPlass.breakLines` makes at a constant `width`, or nil when it finds none.
    func breakLines(width: Double, parameters: BreakParameters = .init()) -> [String]? {
        KnuthPlass.breakLines(items, widths: LineWidths(width), parameters: parameters).map(lines)
    }
}
