/// Something the program could handle but the user should know about (a character no font
/// covers, an overfull line, a signatory row that was skipped).
public struct Warning: Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation?
    public var message: String

    public init(at location: SourceLocation?, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String {
        if let location { return "\(location): warning: \(message)" }
        return "warning: \(message)"
    }
}
