import Diagnostics

/// What a render produced.
public struct RenderResult: Sendable {
    public var outputPath: String
    public var pageCount: Int
    public var warnings: [Warning]
    /// Signatory rows read, printed and rejected (nil without a signatory list).
    public var signatoryCounts: (rows: Int, printed: Int, rejected: Int)?
    /// The list's one-line account ("100,000 rows: 99,812 printed, 150 duplicates, 38 rejected
    /// (see rejects.csv)"), nil without a signatory list.
    public var listSummary: String?
    /// Everything about the render, for `--report json`.
    public var report: RenderReport?
    /// The language the letter was set in (given, or guessed).
    public var language: String = "en"
}
