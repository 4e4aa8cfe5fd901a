import DisplayList

/// Puts finished pages on the printed sheet before they reach the renderer: mirrors the margins
/// of left-hand pages when printing on both sides, and with bleed enlarges each page by the
/// bleed (and room for crop marks) on every side, records its trim and bleed boxes and draws
/// the crop marks.
public struct PrintSheet<Inner: PageSink>: PageSink {
    /// Length of a crop mark, in points (5 mm).
    static var markLength: Double { 5 * 72 / 25.4 }
    /// Crop marks start this far outside the trim edge when there is no bleed, in points.
    static var markGap: Double { 3 }
    static var markThickness: Double { 0.25 }

    public private(set) var inner: Inner
    /// Horizontal move of left-hand pages: outer minus inner margin (0 when single-sided).
    let mirrorShift: Double
    let bleed: Double
    let cropMarks: Bool
    private var pageNumber = 0

    /// Pages go to `inner`; `mirrorShift` is the move of even pages (0 for single-sided).
    public init(inner: Inner, mirrorShift: Double, bleed: Double, cropMarks: Bool) {
        self.inner = inner
        self.mirrorShift = mirrorShift
        self.bleed = bleed
        self.cropMarks = cropMarks
    }

    /// Space around the trimmed page: the bleed, or the crop marks and their gap if wider.
    var margin: Double {
        cropMarks ? max(bleed, Self.markGap) + Self.markLength + 1 : bleed
    }

    public mutating func add(_ page: Page) throws {
        pageNumber += 1
        var sheet = pageNumber % 2 == 0 && mirrorShift != 0 ? page.offset(dx: mirrorShift, dy: 0) : page
        if margin > 0 {
            let trim = PrintBoxes.Box(x: margin, y: margin, width: page.width, height: page.height)
            sheet = sheet.offset(dx: margin, dy: margin)
            sheet.width += 2 * margin
            sheet.height += 2 * margin
            sheet.printBoxes = PrintBoxes(trim: trim, bleed: PrintBoxes.Box(
                x: margin - bleed, y: margin - bleed, width: page.width + 2 * bleed, height: page.height + 2 * bleed))
            if cropMarks { sheet.items += marks(around: trim).map(PageItem.rule) }
        }
        try inner.add(sheet)
    }

    /// Two short rules at each corner of `trim`, in line with its edges, outside the bleed.
    func marks(around trim: PrintBoxes.Box) -> [Rule] {
        let gap = max(bleed, Self.markGap)
        let length = Self.markLength
        var rules: [Rule] = []
        for x in [trim.x, trim.x + trim.width] {
            for y in [trim.y, trim.y + trim.height] {
                let outX: Double = x == trim.x ? -1 : 1
                let outY: Double = y == trim.y ? -1 : 1
                rules.append(Rule(x0: x + outX * gap, y0: y, x1: x + outX * (gap + length), y1: y, thickness: Self.markThickness))
                rules.append(Rule(x0: x, y0: y + outY * gap, x1: x, y1: y + outY * (gap + length), thickness: Self.markThickness))
            }
        }
        return rules
    }
}
