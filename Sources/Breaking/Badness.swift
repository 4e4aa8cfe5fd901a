/// How badly a line is stretched or shrunk, as TeX reports it ("Underfull \hbox (badness 10000)").
public enum Badness {
    /// The badness of a line that cannot be set well at all: TeX's `inf_bad` 10000
    /// ("infinitely bad", The TeXbook chapter 14). Every badness is capped here, and a short
    /// line with nothing to stretch has exactly this badness.
    public static let infinite: Double = 10_000

    /// Badness is this times |r|³: Knuth & Plass 1981 define badness as 100·|r|³, which TeX
    /// approximates in integers (tex.web §108).
    public static let scale: Double = 100

    /// The badness of a line set at adjustment ratio `ratio`: 100·|r|³, at most `infinite`.
    public static func of(adjustmentRatio ratio: Double) -> Double {
        min(scale * abs(ratio * ratio * ratio), infinite)
    }
}
