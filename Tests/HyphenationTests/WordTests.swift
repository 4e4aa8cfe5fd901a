import Foundation
import Testing
@testable import Hyphenation

/// How words are read: letters only, case, normalization, offsets in the original scalars.
@Suite struct WordTests {
    static let simple = "LEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\na1b\n1s\nn1b\nu1l\ni1\u{307}\n"

    @Test(arguments: ["don't", "don\u{2019}t", "well-known", "abc1", "a1b", "two words", "ab\u{AD}ab", "ab.ab", "ab😀ab", "", " "])
    func wordsWithNonLettersAreNotHyphenated(word: String) throws {
        let patterns = try HyphenationPatterns(dictionaryText: "UTF-8\n" + Self.simple)
        #expect(patterns.hyphenationPoints(in: word) == [])
    }

    @Test func upperCaseIsLoweredAndOffsetsStayInTheOriginal() throws {
        let patterns = try HyphenationPatterns(dictionaryText: "UTF-8\n" + Self.simple)
        #expect(patterns.hyphenationPoints(in: "abab") == [1, 3])
        #expect(patterns.hyphenationPoints(in: "ABAB") == [1, 3])
        #expect(patterns.hyphenationPoints(in: "AbaB") == [1, 3])
    }

    @Test func caseMappingsThatAddScalarsKeepOffsetsInTheOriginalWord() throws {
        // "İ" (U+0130) lowercases to "i" + U+0307: two units for one letter of the original. Breaks are still
        // reported in scalars of the word as given, and never fall inside the letter (the pattern i1̇ would).
        let patterns = try HyphenationPatterns(dictionaryText: "UTF-8\n" + Self.simple)
        #expect(patterns.hyphenationPoints(in: "İSTANBUL") == [1, 5, 7])
        #expect(patterns.hyphenationPoints(in: "istanbul") == [1, 5, 7])
    }

    @Test func decomposedAndPrecomposedAccentsGiveTheSameBreaks() throws {
        let patterns = try HyphenationPatterns(dictionaryText: "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nä1b\n1ä\n")
        let precomposed = "xäbä"            // x ä b ä: 4 scalars
        let decomposed = "xa\u{308}ba\u{308}"  // x a ̈ b a ̈: 6 scalars
        #expect(patterns.hyphenationPoints(in: precomposed) == [1, 2, 3])
        #expect(patterns.hyphenationPoints(in: decomposed) == [1, 3, 4])
        // Decomposed patterns match precomposed words too.
        let decomposedPatterns = try HyphenationPatterns(dictionaryText: "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\na\u{308}1b\n1a\u{308}\n")
        #expect(decomposedPatterns.hyphenationPoints(in: precomposed) == [1, 2, 3])
        #expect(decomposedPatterns.hyphenationPoints(in: decomposed) == [1, 3, 4])
    }

    @Test func combiningMarksCountAsPartOfTheirLetter() throws {
        // "b̲" (b + combining low line, which has no precomposed form) is one letter of two scalars.
        let patterns = try HyphenationPatterns(dictionaryText: "UTF-8\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 2\n1b\n")
        #expect(patterns.hyphenationPoints(in: "abab") == [])          // b at index 1 and 3: both within the minimums
        #expect(patterns.hyphenationPoints(in: "aabaa") == [2])
        #expect(patterns.hyphenationPoints(in: "aab\u{332}aa") == [2]) // 1b matches the base of b̲; the break is before the whole letter
        #expect(patterns.hyphenationPoints(in: "a\u{332}abaa") == [3]) // a̲ counts as one letter: a̲ a | b a a
    }

    @Test func lettersFromOtherScriptsAreHarmless() throws {
        let patterns = try HyphenationPatterns(dictionaryText: "UTF-8\n" + Self.simple)
        #expect(patterns.hyphenationPoints(in: "中文字符串") == [])
        #expect(patterns.hyphenationPoints(in: "αβγδεζηθ") == [])
        #expect(patterns.hyphenationPoints(in: String(repeating: "ab", count: 500)).count == 500)
    }
}
