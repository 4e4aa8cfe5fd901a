/// A row that repeats an earlier row exactly (see `DuplicateFinder`).
public struct DuplicateRow: Sendable, Equatable {
    /// The 1-based line on which the duplicate row starts.
    public var line: Int
    /// The line of the first row it repeats.
    public var firstLine: Int
    /// The name as read.
    public var name: String

    public init(line: Int, firstLine: Int, name: String) {
        self.line = line
        self.firstLine = firstLine
        self.name = name
    }
}
