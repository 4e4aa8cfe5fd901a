/// A part of a processed list that prints as its own document.
public struct SignatoryPart: Sendable, Equatable {
    /// What the part holds: a group name such as "France", or "1–500" for entries 1 to 500.
    public var name: String
    /// Where the part's entries are in `ProcessedSignatories.entries`.
    public var range: Range<Int>
    /// The groups inside the part, with ranges into `ProcessedSignatories.entries`.
    public var groups: [SignatoryGroup]

    public init(name: String, range: Range<Int>, groups: [SignatoryGroup]) {
        self.name = name
        self.range = range
        self.groups = groups
    }
}
