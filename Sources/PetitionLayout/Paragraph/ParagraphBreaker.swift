import Breaking
import Typography

/// Breaks a shaped paragraph into lines the way TeX does: first without hyphenation at a strict
/// tolerance, then with hyphenation at the normal tolerance, and only if that fails an emergency
/// pass that accepts overfull lines (which are reported).
enum ParagraphBreaker {
    /// `addresses`: the UTF-16 ranges of the web and email addresses in the text, in order;
    /// they break only where addresses may.
    static func breakLines(_ shaped: ShapedText, style: ParagraphStyle, addresses: [Range<Int>]) -> [BrokenLine] {
        guard !shaped.utf16.isEmpty else { return [] }
        let builder = ItemBuilder(shaped: shaped, style: style, addresses: addresses)
        // Most signatory names and short letter lines fit as they are: no breaking needed.
        let natural = builder.widths.width(0..<shaped.utf16.count)
        if natural <= style.width - style.firstLineIndent, !shaped.utf16.contains(where: isMandatoryBreak) {
            return [BrokenLine(range: 0..<shaped.utf16.count, spacing: [:], hyphenatedWordEnd: nil, carriedPrefixEnd: nil,
                               width: natural, isOverfull: false, indent: style.firstLineIndent)]
        }
        let widths = LineWidths(first: [style.width - style.firstLineIndent], rest: style.width - style.hangingIndent)
        var parameters = BreakParameters()
        parameters.tolerance = BreakParameters.texPretolerance
        let plain = builder.build(hyphenate: false)
        if let breaks = KnuthPlass.breakLines(plain.items, widths: widths, parameters: parameters) {
            return lines(from: breaks, items: plain, style: style, widths: builder.widths, text: shaped.utf16)
        }
        parameters.tolerance = BreakParameters.texTolerance
        let hyphenated = style.hyphenation == nil ? plain : builder.build(hyphenate: true)
        let breaks = KnuthPlass.breakLinesAllowingOverfull(hyphenated.items, widths: widths, parameters: parameters)
        return lines(from: breaks, items: hyphenated, style: style, widths: builder.widths, text: shaped.utf16)
    }

    private static func lines(from breaks: [LineBreak], items: ParagraphItems, style: ParagraphStyle,
                              widths: TextWidths, text: [UInt16]) -> [BrokenLine] {
        var lines: [BrokenLine] = []
        var carried: Int?
        for (lineBreak, range) in zip(breaks, KnuthPlass.lineRanges(of: breaks, in: items.items)) {
            let end = min(lineBreak.itemIndex, items.items.count - 1)
            let startOffset = range.isEmpty ? items.offsets[end] : items.offsets[range.lowerBound]
            let endOffset = max(items.offsets[end], startOffset)
            var spacing: [Int: Double] = [:]
            var natural = widths.width(startOffset..<endOffset)
            if style.alignment == .justified {
                let ratio = max(lineBreak.adjustmentRatio, -1)
                for index in range {
                    guard case .glue(_, let stretch, let shrink) = items.items[index], stretch < Item.infiniteStretch else { continue }
                    let delta = ratio >= 0 ? ratio * stretch : ratio * shrink
                    if delta != 0 { spacing[items.offsets[index], default: 0] += delta; natural += delta }
                }
            }
            var hyphenEnd: Int?
            if items.hyphenationOffsets.contains(endOffset), case .penalty(let hyphenWidth, _, true) = items.items[end] {
                hyphenEnd = wordEnd(after: endOffset, in: text)
                natural += hyphenWidth
            }
            lines.append(BrokenLine(range: startOffset..<endOffset, spacing: spacing, hyphenatedWordEnd: hyphenEnd,
                                    carriedPrefixEnd: carried, width: natural, isOverfull: lineBreak.isOverfull,
                                    indent: lines.isEmpty ? style.firstLineIndent : style.hangingIndent))
            carried = hyphenEnd
        }
        return lines
    }

    /// Characters after which UAX #14 requires a line break (BK, CR, LF, NL classes).
    private static func isMandatoryBreak(_ unit: UInt16) -> Bool {
        unit == 0x0A || unit == 0x0B || unit == 0x0C || unit == 0x0D || unit == 0x85 || unit == 0x2028 || unit == 0x2029
    }

    /// The end of the word that continues after a hyphenation point.
    private static func wordEnd(after offset: Int, in text: [UInt16]) -> Int {
        var end = offset
        while end < text.count, !ItemBuilder.isBreakingSpace(text[end]), !ItemBuilder.isNoBreakSpace(text[end]) {
            end += 1
        }
        return end
    }
}

/// One line of a paragraph after breaking, before it is placed on a page.
struct BrokenLine: Sendable {
    /// UTF-16 range of the paragraph's text on this line (trailing break space excluded).
    var range: Range<Int>
    /// Extra advance (points, may be negative) to add before the character at each offset: the
    /// stretched or shrunk interword glue of a justified line.
    var spacing: [Int: Double]
    /// The line ends at a hyphenation point: a hyphen is drawn, and the text carried by it runs
    /// to `hyphenatedWordEnd`.
    var hyphenatedWordEnd: Int?
    /// The line starts with the rest of a word hyphenated on the previous line; that text is
    /// already carried by the previous line's hyphen.
    var carriedPrefixEnd: Int?
    /// Natural width of the line's content plus spacing, in points.
    var width: Double
    /// The line is wider than its measure (nothing else was possible).
    var isOverfull: Bool
    /// First line's offset from the paragraph's start edge (0, or the hanging indent on later lines).
    var indent: Double
}
