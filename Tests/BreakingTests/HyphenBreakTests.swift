import Breaking
import Testing

/// Hyphen breaks: their penalties and the demerits for flagged breaks. `|` marks a
/// hyphenation point (a flagged penalty, width 1), `-` an explicit hyphen.
struct HyphenBreakTests {
    /// Width 18. Without hyphenating, "aa bb cc dd ee" (14, four spaces) is at r = 1, badness
    /// 100: 110² = 12100 demerits. "aa bb cc dd ee fff-" is 19 with shrink 2.5: r = -0.4,
    /// badness 6.4: 16.4² + 50² = 2769, plus 5000 because the hyphen ends the second-to-last
    /// line, still far less.
    @Test func hyphenatesToAvoidALooseLine() {
        #expect(FixedWidthText("aa bb cc dd ee ffffffff gg").breakLines(width: 18)
            == ["aa bb cc dd ee", "ffffffff gg"])
        #expect(FixedWidthText("aa bb cc dd ee fff|fffff gg").breakLines(width: 18)
            == ["aa bb cc dd ee fff-", "fffff gg"])
    }

    /// At cost 1000 the hyphen's 1000² demerits outweigh the loose line; at
    /// `Penalty.forbidden` the hyphenation point is no break at all.
    @Test func highHyphenCostAvoidsHyphenating() {
        for cost in [1000, Penalty.forbidden] {
            #expect(FixedWidthText("aa bb cc dd ee fff|fffff gg", hyphenCost: cost).breakLines(width: 18)
                == ["aa bb cc dd ee", "ffffffff gg"])
        }
    }

    /// Width 20: "aa bb cc dd ee" alone would be at r = 1.5 (badness 337), so the line must
    /// end after the explicit hyphen of "well-known", which costs `Penalty.explicitHyphen`.
    @Test func breaksAfterAnExplicitHyphen() {
        #expect(FixedWidthText("aa bb cc dd ee well-known").breakLines(width: 20)
            == ["aa bb cc dd ee well-", "known"])
        #expect(FixedWidthText("aa bb cc dd ee well-known", explicitHyphenCost: Penalty.forbidden)
            .breakLines(width: 20) == nil)
    }

    /// Width 17; the first line must end "yyyyyyyy-" (r = 0). The second either ends "g-"
    /// (r = 0: 10² + 50² = 2600 demerits) or at "ff" (four spaces, r = 0.75, badness 42.2:
    /// 52.2² = 2724). Hyphenating again wins only when consecutive hyphens cost nothing extra.
    @Test func flaggedDemeritsAvoidConsecutiveHyphens() {
        let text = FixedWidthText("xxxxxxx yyyyyyyy|zz cc dd ee ff g|gggggg hh")
        let noFinal = BreakParameters(finalFlaggedDemerits: 0)
        #expect(noFinal.flaggedDemerits == BreakParameters.texDoubleHyphenDemerits)
        #expect(text.breakLines(width: 17, parameters: noFinal)
            == ["xxxxxxx yyyyyyyy-", "zz cc dd ee ff", "ggggggg hh"])
        #expect(text.breakLines(width: 17, parameters: .init(flaggedDemerits: 0, finalFlaggedDemerits: 0))
            == ["xxxxxxx yyyyyyyy-", "zz cc dd ee ff g-", "gggggg hh"])
    }

    /// The same paragraph: with consecutive hyphens free, TeX's 5000 demerits for a hyphen on
    /// the second-to-last line still keep "g-" from ending it.
    @Test func finalFlaggedDemeritsAvoidAHyphenBeforeTheLastLine() {
        let text = FixedWidthText("xxxxxxx yyyyyyyy|zz cc dd ee ff g|gggggg hh")
        let defaults = BreakParameters(flaggedDemerits: 0)
        #expect(defaults.finalFlaggedDemerits == BreakParameters.texFinalHyphenDemerits)
        #expect(text.breakLines(width: 17, parameters: defaults)
            == ["xxxxxxx yyyyyyyy-", "zz cc dd ee ff", "ggggggg hh"])
        #expect(text.breakLines(width: 17, parameters: .init(flaggedDemerits: 0, finalFlaggedDemerits: 0))
            == ["xxxxxxx yyyyyyyy-", "zz cc dd ee ff g-", "gggggg hh"])
    }
}
