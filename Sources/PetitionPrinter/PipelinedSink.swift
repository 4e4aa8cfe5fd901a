import DisplayList
import Foundation

/// Hands finished pages to another thread that writes them, so layout and cairo's page output
/// (about a third of a long render) run on two cores at once. At most `capacity` pages wait in
/// between, so memory stays flat however many pages there are.
final class PipelinedSink<Writer: PageSink>: PageSink, @unchecked Sendable {
    /// Pages allowed to wait for the writer.
    static var capacity: Int { 4 }

    private let condition = NSCondition()
    private var queue: [Page] = []
    private var closed = false
    private var drained = false
    private var failure: (any Error)?
    private var writer: Writer

    /// Starts the writing thread; every page given to `add` goes to `writer.add` on it.
    init(_ writer: Writer) {
        self.writer = writer
        let thread = Thread { [self] in drain() }
        thread.name = "petition.page-writer"
        thread.start()
    }

    func add(_ page: Page) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= Self.capacity, failure == nil { condition.wait() }
        if let failure { throw failure }
        queue.append(page)
        condition.broadcast()
    }

    /// Waits until every page is written; rethrows the writer's first error.
    func close() throws {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while !drained { condition.wait() }
        if let failure { throw failure }
    }

    private func drain() {
        while true {
            condition.lock()
            while queue.isEmpty, !closed { condition.wait() }
            if queue.isEmpty {
                drained = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let page = queue.removeFirst()
            condition.broadcast()
            let skip = failure != nil
            condition.unlock()
            guard !skip else { continue }
            do {
                try writer.add(page)
            } catch {
                condition.lock()
                failure = error
                condition.broadcast()
                condition.unlock()
            }
        }
    }
}
