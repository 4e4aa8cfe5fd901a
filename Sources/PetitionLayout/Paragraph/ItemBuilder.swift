import Breaking
import Typography

/// Turns a shaped paragraph into Knuth-Plass items: words become boxes (split at hyphenation
/// points into pieces joined by flagged penalties), spaces become glue, and UAX #14 opportunities
/// without a space (after a hyphen, between ideographs) become penalties. Justified, ragged and
/// centred text differ only in the items, as in Knuth and Plass (1981).
struct ItemBuilder {
    let shaped: ShapedText
    let style: ParagraphStyle
    let widths: TextWidths
    /// UTF-16 ranges of the web and email addresses in the text, in order.
    let addresses: [Range<Int>]

    init(shaped: ShapedText, style: ParagraphStyle, addresses: [Range<Int>]) {
        self.shaped = shaped
        self.style = style
        self.widths = TextWidths(shaped)
        self.addresses = addresses
    }

    /// Builds the items; `hyphenate` adds the hyphenation points (TeX's second pass).
    func build(hyphenate: Bool) -> ParagraphItems {
        var result = ParagraphItems()
        let text = shaped.utf16
        let space = spaceWidth
        var start = 0
        // Opportunities and addresses both come in text order, so one cursor finds the address
        // (if any) each word overlaps without searching the list again for every word.
        var nextAddress = 0
        for opportunity in LineBreakOpportunities.find(in: text, locale: shaped.style.language) {
            let end = opportunity.offset
            var contentEnd = end
            while contentEnd > start, Self.isBreakingSpace(text[contentEnd - 1]) { contentEnd -= 1 }
            while nextAddress < addresses.count, addresses[nextAddress].upperBound <= start { nextAddress += 1 }
            let address = nextAddress < addresses.count && addresses[nextAddress].overlaps(start..<contentEnd)
                ? addresses[nextAddress] : nil
            appendContent(start..<contentEnd, hyphenate: hyphenate, address: address, to: &result)
            if end == text.count || opportunity.isMandatory {
                for item in Item.paragraphEnd { result.append(item, at: contentEnd) }
            } else if contentEnd < end {
                appendSpace(width: widths.width(contentEnd..<end), naturalSpace: space, at: contentEnd, to: &result)
            } else if contentEnd > 0, Self.isHyphen(text[contentEnd - 1]) {
                result.append(.penalty(width: 0, cost: Penalty.explicitHyphen, flagged: true), at: end)
            } else {
                appendTightOpportunity(at: end, to: &result)
            }
            start = end
        }
        return result
    }

    /// A word (or several joined by no-break spaces), hyphenated if asked; inside a web or email
    /// `address`, broken only where addresses may break instead.
    private func appendContent(_ range: Range<Int>, hyphenate: Bool, address: Range<Int>?, to result: inout ParagraphItems) {
        guard !range.isEmpty else { return }
        var pieceStart = range.lowerBound
        for offset in range where Self.isNoBreakSpace(shaped.utf16[offset]) {
            appendWord(pieceStart..<offset, hyphenate: hyphenate, address: address, to: &result)
            result.append(.penalty(width: 0, cost: Penalty.forbidden, flagged: false), at: offset)
            appendSpace(width: widths.width(offset..<(offset + 1)), naturalSpace: spaceWidth, at: offset,
                        breakable: false, to: &result)
            pieceStart = offset + 1
        }
        appendWord(pieceStart..<range.upperBound, hyphenate: hyphenate, address: address, to: &result)
    }

    private func appendWord(_ range: Range<Int>, hyphenate: Bool, address: Range<Int>?, to result: inout ParagraphItems) {
        guard !range.isEmpty else { return }
        var pieceStart = range.lowerBound
        if let address {
            // A hyphen added inside an address reads as part of it: break without one, before a
            // dot or after an @, at the cost of a hyphenation (Chicago Manual of Style, 7.42).
            for point in Self.addressBreaks(in: shaped.utf16, range: range.clamped(to: address), address: address) {
                result.append(.box(width: widths.width(pieceStart..<point)), at: pieceStart)
                result.append(.penalty(width: 0, cost: Penalty.hyphen, flagged: false), at: point)
                pieceStart = point
            }
        } else if hyphenate, let source = style.hyphenation {
            for point in HyphenationPoints.find(in: shaped.utf16, range: range, source: source) {
                result.append(.box(width: widths.width(pieceStart..<point)), at: pieceStart)
                result.append(.penalty(width: widths.hyphenWidth(at: point), cost: Penalty.hyphen, flagged: true), at: point)
                result.hyphenationOffsets.insert(point)
                pieceStart = point
            }
        }
        result.append(.box(width: widths.width(pieceStart..<range.upperBound)), at: pieceStart)
    }

    /// An interword space: stretchable glue when justified; in ragged text a fixed space with
    /// the line-end fill in front of the break (Knuth and Plass 1981, ragged-right setting).
    private func appendSpace(width: Double, naturalSpace: Double, at offset: Int, breakable: Bool = true,
                             to result: inout ParagraphItems) {
        let stretch = naturalSpace * ItemConstants.spaceStretch
        let shrink = naturalSpace * ItemConstants.spaceShrink
        switch style.alignment {
        case .justified:
            result.append(.glue(width: width, stretch: stretch, shrink: shrink), at: offset)
        case .start, .centered:
            guard breakable else {
                result.append(.glue(width: width, stretch: 0, shrink: 0), at: offset)
                return
            }
            let ragged = ItemConstants.raggedStretchEms * shaped.style.size
            result.append(.glue(width: 0, stretch: ragged, shrink: 0), at: offset)
            result.append(.penalty(width: 0, cost: 0, flagged: false), at: offset)
            result.append(.glue(width: width, stretch: -ragged, shrink: 0), at: offset)
        }
    }

    /// A break opportunity with no space: between ideographs, after a slash.
    private func appendTightOpportunity(at offset: Int, to result: inout ParagraphItems) {
        switch style.alignment {
        case .justified:
            result.append(.penalty(width: 0, cost: 0, flagged: false), at: offset)
            let stretch = ItemConstants.ideographicStretchEms * shaped.style.size
            result.append(.glue(width: 0, stretch: stretch, shrink: 0), at: offset)
        case .start, .centered:
            appendSpace(width: 0, naturalSpace: 0, at: offset, to: &result)
        }
    }

    private var spaceWidth: Double { widths.spaceWidth }

    /// Offsets inside an address's `range` where a line may end: before a dot, after an @, but
    /// leaving no scrap such as "www" or ".org" alone on a line.
    static func addressBreaks(in text: [UInt16], range: Range<Int>, address: Range<Int>) -> [Int] {
        range.dropFirst().filter { point in
            (text[point] == 0x2E || text[point - 1] == 0x40)
                && point - address.lowerBound >= 4 && address.upperBound - point >= 5
        }
    }

    static func isBreakingSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x3000 || (unit >= 0x2000 && unit <= 0x2006) || unit == 0x2008 || unit == 0x205F
    }

    static func isNoBreakSpace(_ unit: UInt16) -> Bool {
        unit == 0xA0 || unit == 0x202F || unit == 0x2007
    }

    static func isHyphen(_ unit: UInt16) -> Bool {
        unit == 0x2D || unit == 0x2010 || unit == 0x2013
    }
}

/// A paragraph as boxes, glue and penalties for the Knuth-Plass breaker, with the text offset
/// each item stands at so that breaks can be mapped back to text.
struct ParagraphItems {
    var items: [Item] = []
    /// Per item: the UTF-16 offset where it starts (a glue: its space; a penalty: where the line
    /// would end).
    var offsets: [Int] = []
    /// Offsets where a hyphenation penalty sits (the breaker may end a line there with a hyphen).
    var hyphenationOffsets: Set<Int> = []

    mutating func append(_ item: Item, at offset: Int) {
        items.append(item)
        offsets.append(offset)
    }
}

/// Tuning constants for turning text into items, with their sources.
enum ItemConstants {
    /// Interword stretch and shrink as fractions of the space width: Computer Modern's
    /// 3.33 pt space has 1.67 pt stretch and 1.11 pt shrink (Knuth, The TeXbook, ch. 12).
    static let spaceStretch = 0.5
    static let spaceShrink = 1.0 / 3.0
    /// Stretch of the end-of-line glue in ragged text, in ems: Knuth and Plass (1981) use 3 ems
    /// for ragged-right setting.
    static let raggedStretchEms = 3.0
    /// Stretch between ideographs, in ems, so CJK lines can be justified.
    static let ideographicStretchEms = 0.25
}

/// Widths of stretches of a shaped paragraph, in points, from prefix sums over cluster advances
/// (a ligature's width counts at its first character).
struct TextWidths {
    private let prefix: [Double]
    private let shaped: ShapedText

    init(_ shaped: ShapedText) {
        self.shaped = shaped
        var advanceAt = [Double](repeating: 0, count: shaped.utf16.count + 1)
        for run in shaped.runs {
            for glyph in run.glyphs { advanceAt[glyph.cluster] += glyph.xAdvance * run.scale }
        }
        var prefix = [Double](repeating: 0, count: shaped.utf16.count + 1)
        for index in 0..<shaped.utf16.count { prefix[index + 1] = prefix[index] + advanceAt[index] }
        self.prefix = prefix
    }

    func width(_ range: Range<Int>) -> Double {
        prefix[range.upperBound] - prefix[range.lowerBound]
    }

    /// The run holding the character at `offset` (or the last run), by binary search over the
    /// runs, which cover the text in logical order.
    func run(at offset: Int) -> ShapedRun? {
        let index = LineFragments.firstIndex(in: shaped.runs) { $0.range.upperBound > offset }
        return index < shaped.runs.count ? shaped.runs[index] : shaped.runs.last
    }

    /// Width of the hyphen that would end a line broken at `offset`, in that run's font.
    func hyphenWidth(at offset: Int) -> Double {
        guard let run = run(at: max(offset - 1, 0)), let advance = run.face.advance(of: "-") else {
            return shaped.style.size / 3
        }
        return advance * run.scale
    }

    /// The natural interword space of the paragraph's main font.
    var spaceWidth: Double {
        guard let run = shaped.runs.first, let advance = run.face.advance(of: " ") else {
            return shaped.style.size / 4
        }
        return advance * run.scale
    }
}

/// Finds where the words inside a stretch of text may be hyphenated: each maximal run of letters
/// in an alphabetic script (Latin, Greek, Cyrillic) is looked up in the patterns; words next to
/// digits or with apostrophes are split by the letter runs, so "don't" never hyphenates in "don".
enum HyphenationPoints {
    static let hyphenatedScripts: Set<String> = ["Latn", "Grek", "Cyrl"]

    /// UTF-16 offsets inside `range` where a hyphen may end a line.
    static func find(in text: [UInt16], range: Range<Int>, source: HyphenationSource) -> [Int] {
        var points: [Int] = []
        var wordStart: Int?
        var wordScalars = String.UnicodeScalarView()
        var offset = range.lowerBound
        func finishWord() {
            guard let start = wordStart else { return }
            let word = String(wordScalars)
            var scalarOffsets: [Int] = [start]
            for scalar in wordScalars { scalarOffsets.append(scalarOffsets.last! + scalar.utf16.count) }
            for point in source.points(in: word) where point > 0 && point < wordScalars.count {
                points.append(scalarOffsets[point])
            }
            wordStart = nil
            wordScalars = String.UnicodeScalarView()
        }
        for (scalar, _, width) in UTF16Scalars(text, range: range) {
            let isLetter = scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
            if isLetter, hyphenatedScripts.contains(Script(of: scalar).isoCode) || (wordStart != nil && Script(of: scalar).isShared) {
                if wordStart == nil { wordStart = offset }
                wordScalars.append(scalar)
            } else {
                finishWord()
            }
            offset += width
        }
        finishWord()
        return points
    }
}
