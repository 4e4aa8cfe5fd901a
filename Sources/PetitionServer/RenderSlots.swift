import Synchronization

/// At most `slots` renders at once; up to `queueLength` more wait their turn in arrival order;
/// anyone beyond that is turned away at once (the server answers 503 with `Retry-After`).
///
/// A request first `reserve()`s a place (which fails when all are taken), then `waitForSlot()`,
/// and finally `release()`s it when its render has stopped.
final class RenderSlots: Sendable {
    let slots: Int
    let queueLength: Int
    private let state = Mutex(State())

    private struct State {
        var running = 0
        var reserved = 0
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    init(slots: Int, queueLength: Int) {
        self.slots = slots
        self.queueLength = queueLength
    }

    /// Takes a place among the running and waiting renders; false when every place is taken.
    func reserve() -> Bool {
        state.withLock { state in
            guard state.reserved < slots + queueLength else { return false }
            state.reserved += 1
            return true
        }
    }

    /// Waits (after `reserve()`) until fewer than `slots` renders run, and counts this one in.
    func waitForSlot() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let runNow = state.withLock { state in
                if state.running < slots {
                    state.running += 1
                    return true
                }
                state.waiting.append(continuation)
                return false
            }
            if runNow { continuation.resume() }
        }
    }

    /// Ends a render (after `waitForSlot()`) and gives its slot to the longest waiting request.
    func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.reserved -= 1
            guard !state.waiting.isEmpty else {
                state.running -= 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }

    /// Renders running and waiting now.
    var load: (running: Int, waiting: Int) {
        state.withLock { ($0.running, $0.waiting.count) }
    }
}
