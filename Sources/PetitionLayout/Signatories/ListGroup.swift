/// A run of consecutive signatories under one heading (a country, a region...), with its
/// subtotal printed in the heading.
public struct ListGroup: Sendable, Equatable {
    public var name: String
    /// Indices into the request's signatories.
    public var entries: Range<Int>

    public init(name: String, entries: Range<Int>) {
        self.name = name
        self.entries = entries
    }
}
