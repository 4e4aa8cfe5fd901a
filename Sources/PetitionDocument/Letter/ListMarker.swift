/// How a list item was marked in the letter.
public enum ListMarker: Sendable, Equatable {
    /// `- `, `* ` or `• `; all print as one bullet.
    case bullet
    /// `3. ` or `3) `; the number is kept as written.
    case number(Int)

    /// The marker as it prints: `•` or `3.`.
    public var label: String {
        switch self {
        case .bullet: "•"
        case .number(let value): "\(value)."
        }
    }
}
