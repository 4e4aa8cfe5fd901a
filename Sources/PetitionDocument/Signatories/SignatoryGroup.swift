/// A run of entries that share a grouping key, such as a country.
public struct SignatoryGroup: Sendable, Equatable {
    /// The group's name printed as its heading: the key, or `otherName` for an empty key.
    public var name: String
    /// Where the group's entries are in `ProcessedSignatories.entries`.
    public var range: Range<Int>

    /// The name of the last group, of entries whose key is empty.
    public static let otherName = "Other"

    public init(name: String, range: Range<Int>) {
        self.name = name
        self.range = range
    }
}
