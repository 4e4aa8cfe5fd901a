/// Splits text into runs of one bidi level, one script and one font, choosing for each character
/// the first font of the set's chain for its script that covers it.
struct FontItemizer {
    struct Item {
        var range: Range<Int>
        var level: UInt8
        var script: Script
        var face: FontFace
    }

    let style: TextStyle
    let library: FontLibrary

    func itemize(_ text: [UInt16], levels: [UInt8]) -> (runs: [Item], missing: [MissingGlyph]) {
        var items: [Item] = []
        var missing: [MissingGlyph] = []
        for scriptRun in ScriptRuns.itemize(text) {
            let candidates = faces(for: scriptRun.script)
            guard let primary = candidates.first else { continue }
            var previous: FontFace?
            for (scalar, offset, width) in UTF16Scalars(text, range: scriptRun.range) {
                let face = choose(scalar, candidates: candidates, previous: previous) ?? {
                    missing.append(MissingGlyph(offset: offset, scalar: scalar))
                    return previous ?? primary
                }()
                let level = levels[offset]
                if var last = items.last, last.face === face, last.level == level,
                   last.script == scriptRun.script, last.range.upperBound == offset {
                    last.range = last.range.lowerBound..<(offset + width)
                    items[items.count - 1] = last
                } else {
                    items.append(Item(range: offset..<(offset + width), level: level, script: scriptRun.script, face: face))
                }
                previous = face
            }
        }
        return (items, missing)
    }

    /// Combining marks and joiners stay with the font of their base; other shared characters
    /// (spaces, punctuation) keep the current font when it has them.
    private func choose(_ scalar: Unicode.Scalar, candidates: [FontFace], previous: FontFace?) -> FontFace? {
        if let previous {
            if previous.covers(scalar) { return previous }
            let category = scalar.properties.generalCategory
            let attaches = category == .nonspacingMark || category == .enclosingMark
                || scalar.properties.isVariationSelector || scalar.value == 0x200C || scalar.value == 0x200D
            if attaches { return previous }
        }
        if Self.isInvisibleFormat(scalar) { return previous ?? candidates.first }
        return candidates.first { $0.covers(scalar) }
    }

    /// Format characters that have no glyph in most fonts and need none (bidi marks, joiners).
    private static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format
    }

    private func faces(for script: Script) -> [FontFace] {
        library.faces(for: script, weight: style.weight, language: style.language, in: style.fontSet)
    }
}
