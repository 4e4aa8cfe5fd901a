/// A data row of the signatory list that does not become a signatory, and why.
public struct RejectedRow: Sendable, Equatable {
    /// The signatory file, as named to the reader or the merge.
    public var file: String
    /// The 1-based line on which the row starts.
    public var line: Int
    /// A sentence for the user: "empty", "invalid UTF-8 at byte offset 812", ...
    public var reason: String

    public init(file: String = "", line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }
}
