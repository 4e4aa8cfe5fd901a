import Foundation

/// A parsed hyphenation dictionary (libhyphen / OpenOffice `hyph_*.dic` format) and Liang's hyphenation
/// algorithm over it, computing the same breaks as libhyphen 2.8 (what LibreOffice and Debian use): on
/// about 190,000 words from the installed en, fr, de, es and ru dictionaries the results are identical.
///
/// Values are immutable and cheap to copy (the pattern tables are shared copy-on-write arrays), so one
/// instance can serve any number of threads.
///
/// ## Why not libhyphen itself
/// Debian ships libhyphen 2.8.8 (`libhyphen-dev`), and wrapping it was weighed against this reader
/// (issue 15) by measuring both, with valgrind's instruction counts (the machine was shared, so no
/// wall times), on every word of the corpus's UDHR letters hyphenated 100 times, words lowercased,
/// libhyphen through `hnj_hyphen_hyphenate3` at `-O2`, this module in release:
///
/// | dictionary | libhyphen per word | this module per word | loading: libhyphen / this module |
/// |---|---|---|---|
/// | en_US (200 words) | 4,260 | 3,000 | 40 M / 37 M (with the Swift runtime's start) |
/// | fr (259 words) | 3,850 | 2,940 | 12 M / 26 M |
/// | de_DE (190 words, 69,000 compounds) | 5,710 (*) | 4,760 | 1,270 M / 240 M |
///
/// (*) fed UTF-8 to an ISO 8859-1 dictionary, so its breaks differ; the cost is indicative. The
/// breaks were the same for English and French (95 and 135 points). libhyphen takes words in the
/// dictionary's own charset (Debian's German file is ISO 8859-1), counts its result in bytes of a UTF-8
/// word (c-libraries.md trap 8), and leaves lowercasing, normalisation and splitting at apostrophes to
/// the caller; all of that would be wrapper code here, on top of a C library that is slower on the hot
/// path and five times slower to load the German dictionary. So this reader stays, with
/// `RealDictionaryTests` (checked against libhyphen 2.8.8) as its contract.
///
/// ## Matching
/// Patterns are matched as libhyphen's automaton matches them: at each letter, only the longest pattern
/// prefix ending there counts, and its digits apply if it is itself a pattern. For dictionaries converted
/// from TeX with libhyphen's `substrings.pl` this is exactly Liang's rule (maximum digit over every matching
/// pattern); Debian's German file is not preprocessed that way and is written for this behaviour (see
/// `PatternTrieView.apply`). Odd values allow a break, even values forbid it.
///
/// ## Levels (`NEXTLEVEL`)
/// A file with `NEXTLEVEL` has two levels. The first holds compound patterns (German lists 69,000
/// compounds such as `zypressen1wald`), the second the syllable patterns. They are not merged: as in
/// libhyphen, the first level splits a word at its odd values into parts; each part of three letters or
/// more is split again the same way until no boundary remains, and is then hyphenated with the second
/// level *as a word of its own* (with `.` edges), so edge patterns apply at the start and end of every
/// part. Inside a compound, `compoundLeftMin`/`compoundRightMin` letters are kept next to each boundary,
/// and a part never breaks before its last letter; the boundaries themselves are breaks. Using only the
/// second level misses boundaries ("Er-b-in-for-ma-tion" instead of "Erb-in-for-ma-tion"), and merging
/// both levels into one lets the word list shadow the syllable patterns ("Er-b-information"); the
/// `germanCompoundsUseBothLevels` test shows both. An empty first level (French has `NEXTLEVEL` on line 4)
/// just means one level.
///
/// ## Words
/// `hyphenationPoints(in:)` works in grapheme clusters, lowercased and in NFC one cluster at a time (see
/// `WordNormalizer`): "Würde" with a precomposed or a decomposed ü gives the same breaks, expressed in
/// scalars of the word as given. `NOHYPHEN` strings (lowercased, NFC) forbid the breaks right before and
/// right after each occurrence.
public struct HyphenationPatterns: Sendable {
    /// Minimum letters before the first break: `LEFTHYPHENMIN`, default 2.
    public let leftMin: Int
    /// Minimum letters after the last break: `RIGHTHYPHENMIN`, default 3 (TeX's English 2/3 is the
    /// conservative choice when a file says nothing).
    public let rightMin: Int
    /// Minimum letters between a compound boundary and a break inside the part after it:
    /// `COMPOUNDLEFTHYPHENMIN`, defaulting to `leftMin`. Only used by two-level dictionaries.
    public let compoundLeftMin: Int
    /// Minimum letters between a break and the compound boundary after it: `COMPOUNDRIGHTHYPHENMIN`,
    /// defaulting to `rightMin`. Only used by two-level dictionaries.
    public let compoundRightMin: Int

    let alphabet: PatternAlphabet
    let compoundLevel: PatternTrie?
    let mainLevel: PatternTrie
    let noHyphen: [[UInt32]]

    /// Number of distinct patterns over both levels.
    public var patternCount: Int { (compoundLevel?.patternCount ?? 0) + mainLevel.patternCount }

    /// True when the dictionary has a non-empty compound (first) level.
    public var hasCompoundLevel: Bool { compoundLevel != nil }

    /// Reads a dictionary file, decoding it with the charset named on its first line.
    /// Errors (`HyphenationDictionaryError`) name the file and, where it applies, the line.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw HyphenationDictionaryError(kind: .unreadableFile, file: url.path, line: nil,
                                             message: "cannot read the hyphenation dictionary: \(error.localizedDescription)")
        }
        let parsed = try data.withUnsafeBytes { raw in
            try DictionaryParser.parse(bytes: raw.bindMemory(to: UInt8.self), file: url.path, charset: nil)
        }
        self.init(parsed: parsed)
    }

    /// Reads a dictionary that is already decoded. As in a file, the first line is the charset name; it is
    /// skipped and not checked, since the text is no longer in that charset.
    public init(dictionaryText: String) throws {
        var text = dictionaryText
        let parsed = try text.withUTF8 { bytes in
            try DictionaryParser.parse(bytes: bytes, file: nil, charset: .utf8)
        }
        self.init(parsed: parsed)
    }

    init(parsed: ParsedDictionary) {
        let left = (parsed.leftMin ?? 0) > 0 ? parsed.leftMin! : 2
        let right = (parsed.rightMin ?? 0) > 0 ? parsed.rightMin! : 3
        leftMin = left
        rightMin = right
        compoundLeftMin = parsed.compoundLeftMin ?? left
        compoundRightMin = parsed.compoundRightMin ?? right
        alphabet = parsed.alphabet
        if parsed.levels.count == 2 {
            compoundLevel = parsed.levels[0].isEmpty ? nil : parsed.levels[0]
            mainLevel = parsed.levels[1]
        } else {
            compoundLevel = nil
            mainLevel = parsed.levels[0]
        }
        noHyphen = parsed.noHyphen
    }

    /// Offsets, in Unicode scalars of `word` (as given, not lowercased), before which a hyphen may be
    /// inserted, ascending. E.g. "hyphenation" -> [2, 6] (hy-phen-ation with the en_US patterns).
    ///
    /// At least `leftMin` letters (grapheme clusters) stay before the first break and `rightMin` after the
    /// last. Returns [] when `word` contains anything but letters and combining marks (digits, apostrophes,
    /// hyphens, spaces: the caller splits such words) or is too short.
    public func hyphenationPoints(in word: String) -> [Int] {
        hyphenationPoints(in: word, leftMin: leftMin, rightMin: rightMin)
    }

    /// Like `hyphenationPoints(in:)` with other minimums (e.g. a layout's own `\lefthyphenmin`); values
    /// below 1 count as 1.
    public func hyphenationPoints(in word: String, leftMin: Int, rightMin: Int) -> [Int] {
        let scalarCount = word.unicodeScalars.count
        guard scalarCount > 0 else { return [] }
        // Lowercasing and NFC can change the scalar count; 4 units per scalar is far more than Unicode needs.
        let capacity = scalarCount * 4 + 4
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: capacity + 2) { codes in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * (capacity + 1)) { positions in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { lowered in
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity + 1) { breaks in
                        var run = WordRun(
                            codes: codes, lowered: lowered, breaks: breaks,
                            cluster: UnsafeMutableBufferPointer(rebasing: positions[0...capacity]),
                            offset: UnsafeMutableBufferPointer(rebasing: positions[(capacity + 1)...]),
                            capacity: capacity)
                        return run.points(for: word, patterns: self,
                                          leftMin: Swift.max(1, leftMin), rightMin: Swift.max(1, rightMin))
                    }
                }
            }
        }
    }

    /// `word` with `hyphen` inserted at every break, e.g. "hy-phen-ation". For tests and diagnostics.
    public func hyphenated(_ word: String, hyphen: String = "-") -> String {
        let points = hyphenationPoints(in: word)
        guard !points.isEmpty else { return word }
        var result = ""
        var remaining = points.makeIterator()
        var next = remaining.next()
        for (index, scalar) in word.unicodeScalars.enumerated() {
            if index == next {
                result += hyphen
                next = remaining.next()
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

/// Scratch state for hyphenating one word, all in caller-provided temporary buffers.
///
/// Unit positions: the word becomes `m` units (lowercase NFC scalars, as alphabet codes); position `p` in
/// `0...m` is the gap before unit `p`. `codes[1 + k]` is unit `k`, with the edge code at `codes[0]` and
/// `codes[m + 1]`. `cluster[p]` is the number of grapheme clusters before `p`, or -1 inside a cluster;
/// `offset[p]` is the matching scalar offset in the original word; `breaks[p]` the final Liang value.
private struct WordRun {
    let codes: UnsafeMutableBufferPointer<UInt16>
    let lowered: UnsafeMutableBufferPointer<UInt32>
    let breaks: UnsafeMutableBufferPointer<UInt8>
    let cluster: UnsafeMutableBufferPointer<Int32>
    let offset: UnsafeMutableBufferPointer<Int32>
    let capacity: Int
    var units = 0
    var clusters = 0

    init(codes: UnsafeMutableBufferPointer<UInt16>, lowered: UnsafeMutableBufferPointer<UInt32>,
         breaks: UnsafeMutableBufferPointer<UInt8>, cluster: UnsafeMutableBufferPointer<Int32>,
         offset: UnsafeMutableBufferPointer<Int32>, capacity: Int) {
        self.codes = codes
        self.lowered = lowered
        self.breaks = breaks
        self.cluster = cluster
        self.offset = offset
        self.capacity = capacity
    }

    mutating func points(for word: String, patterns: HyphenationPatterns, leftMin: Int, rightMin: Int) -> [Int] {
        guard prepare(word, alphabet: patterns.alphabet) else { return [] }
        guard clusters >= leftMin + rightMin else { return [] }
        let m = units
        codes[0] = PatternAlphabet.edge
        codes[m + 1] = PatternAlphabet.edge
        for p in 0...m { breaks[p] = 0 }

        patterns.mainLevel.withView { main in
            if let compoundLevel = patterns.compoundLevel {
                compoundLevel.withView { compound in
                    hyphenateCompound(0, m, leftEdge: true, rightEdge: true, compound: compound, main: main, patterns: patterns)
                }
            } else {
                hyphenatePart(0, m, leftEdge: true, rightEdge: true, main: main, patterns: patterns)
            }
        }

        for forbidden in patterns.noHyphen where forbidden.count <= m {
            var start = 0
            while start + forbidden.count <= m {
                var matches = true
                for k in 0..<forbidden.count where lowered[start + k] != forbidden[k] {
                    matches = false
                    break
                }
                if matches {
                    breaks[start] = 0
                    breaks[start + forbidden.count] = 0
                }
                start += 1
            }
        }

        var result: [Int] = []
        let lastAllowed = Int32(clusters - rightMin)
        for p in 1..<m where breaks[p] & 1 == 1 {
            let letters = cluster[p]
            if letters >= Int32(leftMin) && letters <= lastAllowed {
                result.append(Int(offset[p]))
            }
        }
        return result
    }

    /// Fills the buffers from `word`; false when it has a non-letter (or absurd expansion).
    private mutating func prepare(_ word: String, alphabet: PatternAlphabet) -> Bool {
        var m = 0
        var clusterCount: Int32 = 0
        var scalarOffset: Int32 = 0
        cluster[0] = 0
        offset[0] = 0
        let codes = self.codes, lowered = self.lowered, capacity = self.capacity

        @inline(__always)
        func put(_ scalar: UInt32) -> Bool {
            guard m < capacity else { return false }
            codes[1 + m] = alphabet.code(for: scalar)
            lowered[m] = scalar
            m += 1
            return true
        }

        for character in word {
            let scalars = character.unicodeScalars
            var iterator = scalars.makeIterator()
            guard let first = iterator.next() else { continue }
            let start = m
            var originalCount: Int32 = 1
            if iterator.next() == nil {
                let value = first.value
                if value < 0x80 {
                    if value >= 0x61 && value <= 0x7A {
                        guard put(value) else { return false }
                    } else if value >= 0x41 && value <= 0x5A {
                        guard put(value + 0x20) else { return false }
                    } else {
                        return false
                    }
                } else {
                    guard WordNormalizer.isLetterOrMark(first) else { return false }
                    if WordNormalizer.isNFCStable(value) {
                        if first.properties.changesWhenLowercased {
                            for scalar in first.properties.lowercaseMapping.unicodeScalars {
                                guard put(scalar.value) else { return false }
                            }
                        } else {
                            guard put(value) else { return false }
                        }
                    } else {
                        for scalar in WordNormalizer.normalizedLowercase(String(character)) {
                            guard put(scalar.value) else { return false }
                        }
                    }
                }
            } else {
                originalCount = 0
                for scalar in scalars {
                    guard WordNormalizer.isLetterOrMark(scalar) else { return false }
                    originalCount += 1
                }
                for scalar in WordNormalizer.normalizedLowercase(String(character)) {
                    guard put(scalar.value) else { return false }
                }
            }
            guard m > start else { return false }
            var inside = start + 1
            while inside < m {  // several units from one cluster: no break between them
                cluster[inside] = -1
                inside += 1
            }
            clusterCount += 1
            scalarOffset += originalCount
            cluster[m] = clusterCount
            offset[m] = scalarOffset
        }
        units = m
        clusters = Int(clusterCount)
        return m > 0
    }

    /// Runs one level over units `a..<b` as a word of its own; `gaps[k]` is then the value at position `a + k - 1`.
    private func apply(_ level: PatternTrieView, _ a: Int, _ b: Int, gaps: UnsafeMutableBufferPointer<UInt8>) {
        // Units a..<b are codes[a + 1 ..< b + 1]; put edges around them for the duration.
        let savedLeft = codes[a], savedRight = codes[b + 1]
        codes[a] = PatternAlphabet.edge
        codes[b + 1] = PatternAlphabet.edge
        let length = b - a + 2
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * length) { scratch in
            level.apply(to: UnsafeBufferPointer(rebasing: codes[a...(b + 1)]), gaps: gaps,
                        states: UnsafeMutableBufferPointer(rebasing: scratch[0..<length]),
                        starts: UnsafeMutableBufferPointer(rebasing: scratch[length...]))
        }
        codes[a] = savedLeft
        codes[b + 1] = savedRight
    }

    /// Second-level hyphenation of the part `a..<b`; `leftEdge`/`rightEdge` tell whether its ends are the word's
    /// ends (else compound boundaries, where the compound minimums apply).
    private func hyphenatePart(_ a: Int, _ b: Int, leftEdge: Bool, rightEdge: Bool, main: PatternTrieView, patterns: HyphenationPatterns) {
        guard b - a >= 2 else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b - a + 3) { gaps in
            apply(main, a, b, gaps: gaps)
            let first = cluster[a], last = cluster[b]
            for p in (a + 1)..<b {
                var value = gaps[p - a + 1]
                let letters = cluster[p]
                if letters >= 0 {
                    if !leftEdge && letters - first < Int32(patterns.compoundLeftMin) { value = 0 }
                    if !rightEdge && last - letters < Int32(patterns.compoundRightMin) { value = 0 }
                }
                breaks[p] = value
            }
        }
    }

    /// First-level (compound) hyphenation of `a..<b`, recursing into the parts, as libhyphen does.
    private func hyphenateCompound(_ a: Int, _ b: Int, leftEdge: Bool, rightEdge: Bool,
                                   compound: PatternTrieView, main: PatternTrieView, patterns: HyphenationPatterns) {
        guard b - a >= 2 else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b - a + 3) { gaps in
            apply(compound, a, b, gaps: gaps)
            var begin = a
            for p in (a + 1)..<b where gaps[p - a + 1] & 1 == 1 && cluster[p] >= 0 {
                hyphenateSubpart(begin, p, leftEdge: begin == a && leftEdge, rightEdge: false,
                                 compound: compound, main: main, patterns: patterns)
                breaks[p] = 1
                begin = p
            }
            if begin == a {
                hyphenatePart(a, b, leftEdge: leftEdge, rightEdge: rightEdge, main: main, patterns: patterns)
            } else {
                hyphenateSubpart(begin, b, leftEdge: false, rightEdge: rightEdge,
                                 compound: compound, main: main, patterns: patterns)
            }
        }
    }

    /// One part `s..<e` of a split compound. Like libhyphen 2.8 (the version LibreOffice and Debian ship),
    /// a part of one or two letters is not hyphenated inside, and the gap before a part's last letter never
    /// breaks: that keeps a nested compound boundary from splitting off a single letter, as in
    /// "Verbrechen-sopfer" (`rechen1` inside `ver1brechens1opfer`).
    private func hyphenateSubpart(_ s: Int, _ e: Int, leftEdge: Bool, rightEdge: Bool,
                                  compound: PatternTrieView, main: PatternTrieView, patterns: HyphenationPatterns) {
        if cluster[e] - cluster[s] > 2 {
            hyphenateCompound(s, e, leftEdge: leftEdge, rightEdge: rightEdge, compound: compound, main: main, patterns: patterns)
        } else {
            for p in (s + 1)..<e { breaks[p] = 0 }
        }
        var beforeLast = e - 1
        while beforeLast > s && cluster[beforeLast] < 0 { beforeLast -= 1 }
        if beforeLast > s { breaks[beforeLast] = 0 }
    }
}
