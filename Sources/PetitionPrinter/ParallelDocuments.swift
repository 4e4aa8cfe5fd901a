import Dispatch
import Foundation
import PetitionLayout
import Synchronization

/// How a run of several documents (a batch's translations, a split list's parts, a delivery's
/// copies) uses the cores: the documents are rendered a few at a time, one per core by default,
/// each worker taking the next document not yet started, so they start in order. Results come
/// back in document order whatever order the documents finish in, and nothing is printed while
/// they run, so messages and reports read exactly as from one document after another.
///
/// Each document also keeps its own two threads busy (layout, and cairo writing its pages), so
/// two documents at once on two cores leave neither core idle while one document waits on the
/// other's writer, and the last document's tail is shorter.
enum ParallelDocuments {
    /// The workers for `count` documents: `jobs` when given, else one per core; never more than
    /// there are documents, never fewer than one.
    static func workers(_ jobs: Int?, documents count: Int) -> Int {
        min(max(jobs ?? ProcessInfo.processInfo.activeProcessorCount, 1), max(count, 1))
    }

    /// Renders documents `0..<count` with `render`, `workers` at a time, and returns their
    /// results in document order. With `stoppingAtFailure`, no document is started once one has
    /// failed (its result is nil), as a run of one after another stops at its first failure;
    /// those already started finish.
    static func render<Value: Sendable>(_ count: Int, workers: Int, stoppingAtFailure: Bool = false,
                                        _ render: @Sendable (Int) -> Result<Value, any Error>) -> [Result<Value, any Error>?] {
        let results = Mutex([Result<Value, any Error>?](repeating: nil, count: count))
        let next = Atomic(0)
        let failed = Atomic(false)
        DispatchQueue.concurrentPerform(iterations: min(workers, max(count, 1))) { _ in
            while !(stoppingAtFailure && failed.load(ordering: .acquiring)) {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                let result = render(index)
                if case .failure = result { failed.store(true, ordering: .releasing) }
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { $0 }
    }
}

/// A value worked out on another thread while the caller goes on with something else (a batch
/// reads its letters while it reads its signatory list); `value` waits for it.
final class Prefetched<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// The value, once worked out.
    var value: Value {
        while true {
            if let value = result.withLock({ $0 }) { return value }
            // Signalled once the value is set; passed on, so that every later reader gets through.
            done.wait()
            done.signal()
        }
    }
}

/// The progress of a split list's parts rendered at once, told as of one part after another:
/// only the earliest part not yet finished is heard, so a progress bar goes through the parts in
/// order. Once the handler has thrown (a server's time limit), every part's next report throws
/// the same error, so the parts under way on other cores stop too.
final class PartsProgress: Sendable {
    private let progress: @Sendable (LayoutProgress) throws -> Void
    private let state: Mutex<State>

    private struct State {
        var finished: [Bool]
        /// The earliest part not yet finished: the one heard.
        var current = 0
        var stopped: (any Error)?
    }

    init(parts: Int, progress: @escaping @Sendable (LayoutProgress) throws -> Void) {
        self.progress = progress
        state = Mutex(State(finished: Array(repeating: false, count: parts)))
    }

    /// Hands `update` of part `index` on when that part is the one heard; throws the handler's
    /// error, or the one it threw earlier.
    func report(_ update: LayoutProgress, of index: Int) throws {
        let heard = try state.withLock { state -> Bool in
            if let stopped = state.stopped { throw stopped }
            return state.current == index
        }
        guard heard else { return }
        do {
            try progress(update)
        } catch {
            state.withLock { $0.stopped = $0.stopped ?? error }
            throw error
        }
    }

    /// Notes that part `index` is done, so the next unfinished part is heard.
    func finished(_ index: Int) {
        state.withLock { state in
            state.finished[index] = true
            while state.current < state.finished.count, state.finished[state.current] { state.current += 1 }
        }
    }
}
