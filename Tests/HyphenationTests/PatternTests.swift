import Foundation
import Testing
@testable import Hyphenation

/// Hand-written pattern sets with exact expected results.
@Suite struct PatternTests {
    @Test func knuthsHyphenationExample() throws {
        // The patterns Liang's thesis uses for "hyphenation" (plus the word edges): hy3ph he2n hena4 hen5at
        // 1na n2at 1tio 2io o2n.
        let patterns = try dictionary("LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1",
                                      "hy3ph", "he2n", "hena4", "hen5at", "1na", "n2at", "1tio", "2io", "o2n")
        #expect(patterns.hyphenationPoints(in: "hyphenation") == [2, 6])
        #expect(patterns.hyphenated("hyphenation") == "hy-phen-ation")
    }

    @Test func edgePatternsOnlyMatchAtTheWordEdges() throws {
        let patterns = try dictionary("LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", ".re1", "1ing.")
        #expect(patterns.hyphenationPoints(in: "rering") == [2, 3])   // re-r-ing
        #expect(patterns.hyphenationPoints(in: "rere") == [2])        // the second "re" is not at the start
        #expect(patterns.hyphenationPoints(in: "ingre") == [])        // "ing" not at the end, "re" not at the start
        #expect(patterns.hyphenationPoints(in: "singing") == [4])     // only the final "ing"
    }

    @Test func theHighestDigitWinsAndOnlyOddDigitsBreak() throws {
        // b1c and b2cd both put a digit between b and c; the 2 (even: no break) beats the 1.
        var patterns = try dictionary("LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "b1c", "b2cd")
        #expect(patterns.hyphenationPoints(in: "abce") == [2])  // only b1c matches
        #expect(patterns.hyphenationPoints(in: "abcd") == [])   // max(1, 2) = 2
        // A 3 beats the 2 again.
        patterns = try dictionary("LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "b1c", "b2cd", "b3cde")
        #expect(patterns.hyphenationPoints(in: "abcd") == [])
        #expect(patterns.hyphenationPoints(in: "abcde") == [2])
        // Digits at both ends of a pattern count too.
        patterns = try dictionary("LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "5x4")
        #expect(patterns.hyphenationPoints(in: "axyxa") == [1, 3])  // 5 before each x (break), 4 after (none)
    }

    @Test func leftAndRightMinimumsCountLetters() throws {
        let text = ["LEFTHYPHENMIN 2", "RIGHTHYPHENMIN 3", "a1b"]
        let patterns = try dictionary(text[0], text[1], text[2])
        #expect(patterns.leftMin == 2)
        #expect(patterns.rightMin == 3)
        #expect(patterns.hyphenationPoints(in: "abababab") == [3, 5])
        #expect(patterns.hyphenationPoints(in: "abababab", leftMin: 1, rightMin: 1) == [1, 3, 5, 7])
        #expect(patterns.hyphenationPoints(in: "abababab", leftMin: 0, rightMin: -4) == [1, 3, 5, 7])  // < 1 counts as 1
        #expect(patterns.hyphenationPoints(in: "abab") == [])  // 4 letters < 2 + 3

        // Without directives: 2 and 3.
        let defaults = try dictionary("a1b")
        #expect(defaults.leftMin == 2)
        #expect(defaults.rightMin == 3)
        #expect(defaults.compoundLeftMin == 2)
        #expect(defaults.compoundRightMin == 3)
        #expect(defaults.hyphenationPoints(in: "abababab") == [3, 5])
    }

    @Test func replacementsAreDroppedKeepingTheStandardBreak() throws {
        // libhyphen's non-standard hyphenation (c1k/k=k,1,2 would turn "backen" into "bak-ken"): the
        // typesetter only inserts hyphens, so only the break position is kept.
        let patterns = try dictionary("LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "c1k/k=k,1,2", "s1s/=s,1,2")
        #expect(patterns.hyphenationPoints(in: "backen") == [3])
        #expect(patterns.hyphenationPoints(in: "wasser") == [3])
        #expect(patterns.patternCount == 2)
    }

    @Test func commentsBlankLinesAndSeveralPatternsPerLine() throws {
        let patterns = try dictionary(
            "% a comment", "# another comment", "", "   ", "\ta1b  c1d % trailing comment x1y", "  e1f\t")
        #expect(patterns.patternCount == 3)
        #expect(patterns.hyphenationPoints(in: "abcdef", leftMin: 1, rightMin: 1) == [1, 3, 5])
        #expect(patterns.hyphenationPoints(in: "xyxyxy", leftMin: 1, rightMin: 1) == [])
    }

    @Test func duplicatePatternsAndDoubledDigitsFollowLibhyphen() throws {
        // The later copy of a pattern wins; of two digits in a row the last counts.
        let duplicate = try dictionary("LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "a1b", "a2b")
        #expect(duplicate.hyphenationPoints(in: "abab") == [])
        #expect(duplicate.patternCount == 1)
        let doubled = try dictionary("LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "a21b")
        #expect(doubled.hyphenationPoints(in: "abab") == [1, 3])
    }

    @Test func onlyTheLongestPatternEndingAtALetterApplies() throws {
        // libhyphen's automaton applies, at each letter, only the pattern (if any) that is the longest
        // pattern prefix ending there. German relies on it: a1r is for words in -ar and must stay silent
        // inside "farbe", which the longer prefix "far" (of far1b) shadows.
        let patterns = try dictionary("LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "a1r", "far1b")
        #expect(patterns.hyphenationPoints(in: "farbe") == [3])      // far-be, not fa-r-be
        #expect(patterns.hyphenationPoints(in: "barbe") == [2])      // ba-rbe: nothing shadows a1r
        // A pattern of zeros still shadows.
        let zero = try dictionary("LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "a1r", "bar")
        #expect(zero.hyphenationPoints(in: "barbe") == [])
    }

    @Test func noHyphenStringsBlockTheBreaksAroundThem() throws {
        let patterns = try dictionary("LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "NOHYPHEN sch,-", "1s", "1c", "1h")
        // Without NOHYPHEN: e-s-c-h-e; "sch" blocks the breaks just before and just after it.
        #expect(patterns.hyphenationPoints(in: "esche") == [2, 3])
        #expect(patterns.hyphenationPoints(in: "esse") == [1, 2])
    }

    @Test func compoundLevelSplitsFirstAndHyphenatesEachPartAsAWord() throws {
        let text = [
            "LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "COMPOUNDLEFTHYPHENMIN 2", "COMPOUNDRIGHTHYPHENMIN 2",
            "haus1",
            "NEXTLEVEL",
            "s4t", "1tür.", "ha1us", ".t1ür",
        ]
        let compound = try HyphenationPatterns(dictionaryText: (["UTF-8"] + text).joined(separator: "\n"))
        #expect(compound.hasCompoundLevel)
        #expect(compound.compoundLeftMin == 2)
        // "haus1" splits haus|tür although s4t forbids that break at the second level; ".t1ür" applies at
        // the start of the part "tür" but leaves one letter after the compound boundary, which
        // COMPOUNDLEFTHYPHENMIN 2 forbids.
        #expect(compound.hyphenated("haustür") == "ha-us-tür")
        // As a word of its own, "tür" does break after the t.
        #expect(compound.hyphenated("tür") == "t-ür")

        // The second level alone does not see the compound.
        let secondLevelOnly = try HyphenationPatterns(dictionaryText: (["UTF-8"] + text.filter { $0 != "haus1" && $0 != "NEXTLEVEL" }).joined(separator: "\n"))
        #expect(!secondLevelOnly.hasCompoundLevel)
        #expect(secondLevelOnly.hyphenated("haustür") == "ha-ustür")
    }

    @Test func anEmptyFirstLevelIsOneLevel() throws {
        let patterns = try dictionary("LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "NEXTLEVEL", "a1b")
        #expect(!patterns.hasCompoundLevel)
        #expect(patterns.hyphenationPoints(in: "abab") == [1, 3])
    }

    @Test func hyphenatedInsertsTheGivenString() throws {
        let patterns = try dictionary("LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "a1b")
        #expect(patterns.hyphenated("abab", hyphen: "\u{AD}") == "a\u{AD}ba\u{AD}b")
        #expect(patterns.hyphenated("xyz") == "xyz")
    }
}
