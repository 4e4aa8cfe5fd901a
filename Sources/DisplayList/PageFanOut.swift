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
