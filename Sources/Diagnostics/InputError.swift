/// An input the program cannot use, with where it is and what is wrong.
///
/// Prints as `file:line:column: error: message`, the form editors and terminals recognise.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is; `nil` when it concerns the whole file (a missing file, say).
    public var location: SourceLocation?
    /// The file concerned, also when there is no line and column.
    public var file: String
    /// What is wrong, in a sentence.
    public var message: String

    public init(at location: SourceLocation, _ message: String) {
        self.location = location
        self.file = location.file
        self.message = message
    }

    public init(file: String, _ message: String) {
        self.location = nil
        self.file = file
        self.message = message
    }

    public var description: String {
        if let location { return "\(location): error: \(message)" }
        return "\(file): error: \(message)"
    }
}
