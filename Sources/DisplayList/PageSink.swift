/// Receives pages as soon as the layout has finished them, so a million-name list streams to the
/// PDF in constant memory. Renderers and test collectors conform.
public protocol PageSink {
    /// Takes one finished page; pages arrive in document order.
    mutating func add(_ page: Page) throws
}

/// Keeps every page in memory: for tests and for small documents that need a second look.
public struct PageCollector: PageSink {
    public private(set) var pages: [Page] = []

    public init() {}

    public mutating func add(_ page: Page) throws {
        pages.append(page)
    }
}
