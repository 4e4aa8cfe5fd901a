import Foundation

/// What the PDF says about itself (its Info dictionary).
public struct DocumentMetadata: Hashable, Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    public var creator: String
    /// The creation date written into the PDF; `nil` lets the renderer use the current time.
    public var creationDate: Date?
    /// BCP 47 tag of the document's main language.
    public var language: String?

    public init(title: String = "", author: String = "", subject: String = "", keywords: [String] = [],
                creator: String = "Petition Printer", creationDate: Date? = nil, language: String? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
        self.language = language
    }
}
