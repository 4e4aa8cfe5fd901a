import DisplayList

/// The signatory section as one vertical sequence of unbreakable items: each group's heading
/// followed by its entries, and a closing item (the total and the list digest) at the end.
/// Flow indices address this sequence; entry indices address the signatories.
struct SignatoryFlow {
    enum Item: Equatable {
        case entry(Int)
        case groupHeading(Int)
        case closing
    }

    let entryCount: Int
    let groups: [ListGroup]
    let hasClosing: Bool

    var count: Int { entryCount + groups.count + (hasClosing ? 1 : 0) }

    func item(at index: Int) -> Item {
        if hasClosing, index == count - 1 { return .closing }
        guard !groups.isEmpty else { return .entry(index) }
        // Group g's heading sits at its first entry's index plus g.
        var low = 0
        var high = groups.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if groups[middle].entries.lowerBound + middle <= index { low = middle } else { high = middle - 1 }
        }
        let headingIndex = groups[low].entries.lowerBound + low
        return index == headingIndex ? .groupHeading(low) : .entry(index - low - 1)
    }

    /// The group that entry `entry` belongs to.
    func group(ofEntry entry: Int) -> Int? {
        guard !groups.isEmpty else { return nil }
        var low = 0
        var high = groups.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if groups[middle].entries.lowerBound <= entry { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Items that must not end a column: a heading stays with the first entry under it.
    func keepsWithNext(_ index: Int) -> Bool {
        if case .groupHeading = item(at: index) { return true }
        return false
    }
}

/// A run of consecutive signatories under one heading (a country, a region...), with its
/// subtotal printed in the heading.
public struct ListGroup: Sendable, Equatable {
    public var name: String
    /// Indices into the request's signatories.
    public var entries: Range<Int>

    public init(name: String, entries: Range<Int>) {
        self.name = name
        self.entries = entries
    }
}

/// A few paragraphs set one under the other as one unbreakable column item (a group heading,
/// the closing total), with space above and below.
struct StackedText {
    let paragraphs: [SetParagraph]
    let spaceBefore: Double
    let spaceAfter: Double

    var height: Double {
        spaceBefore + paragraphs.reduce(0) { $0 + Double($1.lines.count) * $1.leading } + spaceAfter
    }

    func runs(top: Double) -> [GlyphRun] {
        var runs: [GlyphRun] = []
        var y = top + spaceBefore
        for paragraph in paragraphs {
            for line in paragraph.lines.indices {
                runs += paragraph.runs(ofLine: line, baseline: LetterPaginator.baseline(top: y, leading: paragraph.leading))
                y += paragraph.leading
            }
        }
        return runs
    }
}
