/// A place in an input file, for messages a person can act on: `letter.txt:12:7`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it (or `<stdin>`).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars (characters as an editor shows them).
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
