import Typography

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
