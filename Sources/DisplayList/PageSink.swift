import Foundation

/// Receives pages as soon as the layout has finished them, so a million-name list streams to the
/// PDF in constant memory. Renderers and test collectors conform.
public protocol PageSink {
    /// Takes one finished page; pages arrive in document order.
    mutating func add(_ page: Page) throws
}

/// A page sink that makes one output of a render (a PDF, a set of PNG images): after the last
/// page, `finish` completes it. The facade picks the document sinks a caller asked for.
public protocol DocumentSink: PageSink {
    /// Completes the output after the last page; nothing may be added afterwards.
    mutating func finish() throws
}

/// Keeps every page in memory: for tests and for small documents that need a second look.
public struct PageCollector: PageSink {
    public private(set) var pages: [Page] = []

    public init() {}

    public mutating func add(_ page: Page) throws {
        pages.append(page)
    }
}

/// Hands every page to several sinks in turn (a PDF writer and a PNG writer), so one layout run
/// feeds every output.
public struct PageFanOut: PageSink {
    private var sinks: [any PageSink]

    public init(_ sinks: [any PageSink]) {
        self.sinks = sinks
    }

    public mutating func add(_ page: Page) throws {
        for index in sinks.indices { try sinks[index].add(page) }
    }
}

/// Notes every font the pages use, as they stream past, for a report of the fonts in a PDF.
/// A class, so the caller can read what it saw after handing it to a fan-out by value.
public final class FontCollector: PageSink {
    public private(set) var fonts: Set<FontReference> = []

    public init() {}

    public func add(_ page: Page) throws {
        for case .glyphs(let run) in page.items { fonts.insert(run.font) }
    }
}

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
