/// A row that repeats an earlier row exactly (see `DuplicateFinder`).
public struct DuplicateRow: Sendable, Equatable {
    /// The signatory file of the row, and of the row it repeats (another file when several
    /// lists are merged).
    public var file: String
    public var firstFile: String
    /// The 1-based line on which the duplicate row starts.
    public var line: Int
    /// The line of the first row it repeats.
    public var firstLine: Int
    /// The name as read.
    public var name: String

    public init(file: String = "", line: Int, firstFile: String = "", firstLine: Int, name: String) {
        self.file = file
        self.firstFile = firstFile
        self.line = line
        self.firstLine = firstLine
        self.name = name
    }

    /// Where the first row is, as a reason names it: `line 5` in the same file, `a.csv:5` in
    /// another.
    public var firstPlace: String {
        firstFile == file ? "line \(firstLine)" : "\(firstFile):\(firstLine)"
    }
}
