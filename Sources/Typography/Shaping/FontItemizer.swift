/// Splits text into runs of one bidi level, one script and one font, choosing for each character
/// the first font of the set's chain for its script that covers it. A character with others that
/// extend it (combining marks, a keycap, an emoji modifier, a ZWJ sequence, a flag's second
/// regional indicator, tags) takes, as one cluster, the first font that covers all of them, so
/// `1️⃣` or `👍🏽` is never split between a font that has the base and one that has the rest.
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
            var scalars: [(scalar: Unicode.Scalar, offset: Int, width: Int)] = []
            scalars.reserveCapacity(scriptRun.range.count)
            for scalar in UTF16Scalars(text, range: scriptRun.range) { scalars.append(scalar) }
            var clusterFace: FontFace?
            var clusterEnd = 0
            for (index, (scalar, offset, width)) in scalars.enumerated() {
                if index >= clusterEnd {
                    clusterEnd = Self.clusterEnd(scalars, from: index)
                    clusterFace = clusterEnd - index > 1
                        ? chooseForCluster(scalars[index..<clusterEnd].map(\.scalar), candidates: candidates, previous: previous) : nil
                }
                let face = clusterFace ?? choose(scalar, candidates: candidates, previous: previous) ?? {
                    missing.append(MissingGlyph(offset: offset, scalar: scalar))
                    return previous ?? primary
                }()
                let level = levels[offset]
                // The last item is extended in place: copying it out and back retained and
                // released its face once per character.
                let last = items.count - 1
                if last >= 0, items[last].face === face, items[last].level == level,
                   items[last].script == scriptRun.script, items[last].range.upperBound == offset {
                    items[last].range = items[last].range.lowerBound..<(offset + width)
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

    /// The first font that covers every character of a cluster that needs a glyph (format
    /// characters and variation selectors need none), the current one first; nil when none does,
    /// and the cluster's characters are then chosen one by one.
    private func chooseForCluster(_ cluster: [Unicode.Scalar], candidates: [FontFace], previous: FontFace?) -> FontFace? {
        let needed = cluster.filter { !Self.isInvisibleFormat($0) && !$0.properties.isVariationSelector }
        if let previous, needed.allSatisfy(previous.covers) { return previous }
        return candidates.first { face in needed.allSatisfy(face.covers) }
    }

    /// The end of the cluster starting at `start`: the scalars that extend the one before them.
    static func clusterEnd(_ scalars: [(scalar: Unicode.Scalar, offset: Int, width: Int)], from start: Int) -> Int {
        var end = start + 1
        while end < scalars.count, extends(scalars[end - 1].scalar, with: scalars[end].scalar, pairsRegionalIndicators: end - start == 1) {
            end += 1
        }
        return end
    }

    /// Whether `next` belongs to the same cluster as `previous`: a combining mark, a variation
    /// selector, a joiner or what it joins, an emoji modifier, a tag, or the second regional
    /// indicator of a flag.
    private static func extends(_ previous: Unicode.Scalar, with next: Unicode.Scalar, pairsRegionalIndicators: Bool) -> Bool {
        // Below U+0300 (the combining diacritics) no character is a mark, selector, modifier,
        // joiner or tag: most Latin text is decided without a property lookup. Only after a ZWJ
        // can such a character (a digit, # or *, which are emoji) still belong to the cluster.
        if next.value < 0x300, previous.value != 0x200D { return false }
        let properties = next.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: break
        }
        if properties.isVariationSelector || properties.isEmojiModifier || next.value == 0x200D { return true }
        if previous.value == 0x200D { return properties.isEmoji }
        if (0xE0020...0xE007F).contains(next.value) { return true }
        let regionalIndicators: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
        return pairsRegionalIndicators && regionalIndicators.contains(previous.value) && regionalIndicators.contains(next.value)
    }

    /// Format characters that have no glyph in most fonts and need none (bidi marks, joiners).
    private static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format
    }

    private func faces(for script: Script) -> [FontFace] {
        library.faces(for: script, weight: style.weight, language: style.language, in: style.fontSet)
    }
}
