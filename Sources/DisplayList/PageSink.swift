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
