import DisplayList
import Foundation

/// Hands finished pages to another thread that writes them, so layout and cairo's page output
/// (about a third of a long render) run on two cores at once. At most `capacity` pages wait in
/// between, so memory stays flat however many pages there are.
///
/// Written pages go back to the thread that made them, to be freed there at its next `add`: the
/// writer is the busier thread, and glibc frees memory that another thread allocated more slowly.
///
/// Unchecked sendable: the queue and the flags are guarded by `condition`, on which each thread
/// waits for the other (Synchronization's `Mutex`, used everywhere else, cannot wait); `writer`
/// is used by the writing thread alone from `init` until `close` returns. The compiler cannot
/// see that hand-over: the writer's sinks are also held by the caller's open outputs, which
/// finish them after `close`, so the writer cannot be `sending` into the thread and back.
final class PipelinedSink<Writer: PageSink>: PageSink, @unchecked Sendable {
    /// Pages allowed to wait for the writer.
    static var capacity: Int { 4 }

    private let condition = NSCondition()
    private var queue: [Page] = []
    /// Pages the writer is done with, waiting to be freed by the thread that calls `add`.
    private var written: [Page] = []
    private var closed = false
    private var drained = false
    private var failure: (any Error)?
    private var writer: Writer

    /// Starts the writing thread; every page given to `add` goes to `writer.add` on it.
    /// `preparing` runs on that thread first, while the layout has no page for it yet.
    init(_ writer: Writer, preparing: @escaping @Sendable () -> Void = {}) {
        self.writer = writer
        let thread = Thread { [self] in
            preparing()
            drain()
        }
        thread.name = "petition.page-writer"
        thread.start()
    }

    func add(_ page: Page) throws {
        var toFree: [Page] = []
        condition.lock()
        while queue.count >= Self.capacity, failure == nil { condition.wait() }
        if let failure {
            condition.unlock()
            throw failure
        }
        queue.append(page)
        swap(&toFree, &written)
        condition.broadcast()
        condition.unlock()
        toFree.removeAll()
    }

    /// Waits until every page is written; rethrows the writer's first error.
    func close() throws {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while !drained { condition.wait() }
        written.removeAll()
        if let failure { throw failure }
    }

    private func drain() {
        var done: Page?
        while true {
            condition.lock()
            if let page = done.take() { written.append(page) }
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
            done = page
        }
    }
}
