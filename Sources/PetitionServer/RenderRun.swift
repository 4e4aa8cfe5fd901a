import Diagnostics
import Foundation
import PetitionLayout
import PetitionPrinter
import Synchronization

/// What a finished render gives back: the report, the PDF and images from memory, and the
/// rejects report's bytes (read before the request's folder goes away).
struct RenderOutputs: Sendable {
    var result: RenderResult
    var pdf: Data
    /// The rows not printed, as CSV, when there are any.
    var rejects: Data?
    /// PNGs of the pages asked for, in page order.
    var previews: [Data]
}

/// Which pages a render draws as PNG besides its PDF.
enum PreviewPages: Sendable {
    case none
    /// Thumbnails of the first pages, for the web page.
    case first(Int)
    /// One page at the resolution of `petition preview`, for `/api/preview`.
    case page(Int)
}

/// Runs one render through the `PetitionPrinter` library on a thread of its own (a render is
/// CPU work that must not hold up the server's event loops), within the render slots and the
/// time limit.
///
/// When the time runs out the caller is answered at once (504) and the render is stopped at its
/// next progress point (every thousand entries measured, every page): the progress handler
/// throws, the library discards the partial PDF, and only then are the slot and the request's
/// folder given back.
struct RenderRun: Sendable {
    let renderer: Renderer
    let slots: RenderSlots
    let timeout: Duration
    /// Renders stopped at the time limit so far (for tests and `/healthz`).
    let stopped = StoppedRenders()

    /// Thrown inside the render by its progress handler once the time is up.
    struct Stopped: Error {}

    /// Renders `request`, keeping `folder` until the render has stopped. `progress` hears from
    /// the render thread. Throws `ServerError` for a full queue (503), the time limit (504), or
    /// an input the library refused (400, with its message, the folder's paths taken out).
    /// `reserved` says the caller has already taken a place with `slots.reserve()`.
    func run(_ request: RenderRequest, folder: RequestFolder, previews: PreviewPages = .none, reserved: Bool = false,
             progress: @escaping @Sendable (LayoutProgress) -> Void = { _ in }) async throws -> RenderOutputs {
        guard reserved || slots.reserve() else { throw ServerError.busy(retryAfter: retryAfter) }
        await slots.waitForSlot()
        var request = request
        switch previews {
        case .none: break
        case .first(let count): request.outputs.append(.pngData(resolution: 60, pages: .first(count)))
        case .page(let number): request.outputs.append(.pngData(resolution: 96, pages: .pages([number])))
        }
        let deadline = ContinuousClock.now + timeout
        let race = FirstOutcome()
        let (renderer, slots, timeout, frozen, stopped) = (self.renderer, self.slots, self.timeout, request, self.stopped)
        let thread = Thread {
            defer {
                slots.release()
                Self.giveBackFreedMemory()
            }
            let outcome = Result<RenderOutputs, any Error> {
                let result = try renderer.render(frozen) { state in
                    guard ContinuousClock.now < deadline else { throw Stopped() }
                    progress(state)
                }
                return try Self.collect(result, folder: folder)
            }
            if case .failure(let error) = outcome, error is Stopped { stopped.count() }
            race.finish(outcome.mapError { Self.serverError($0, folder: folder) })
        }
        thread.stackSize = 16 << 20
        let timer = Task {
            try await Task.sleep(for: timeout)
            race.finish(.failure(ServerError.timedOut(after: timeout)))
        }
        defer { timer.cancel() }
        return try await withCheckedThrowingContinuation { continuation in
            race.onFinish(continuation)
            thread.start()
        }
    }

    /// Each render runs on a new thread, so glibc's malloc spreads its work over up to eight
    /// arenas per core and keeps what was freed in them: a server idled at about 200 MB after
    /// bursts of twelve 5,000-name renders. Trimming when a render ends gives that back.
    /// (`malloc_trim` is glibc's own and not in Swift's Glibc module, so it is looked up by name;
    /// elsewhere it is absent and nothing happens.)
    private static func giveBackFreedMemory() {
        mallocTrim?(0)
    }

    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()

    /// Seconds a turned-away client should wait: about one render's time limit shared by the slots.
    var retryAfter: Int {
        max(1, Int(timeout.components.seconds) / max(1, slots.slots) / 4)
    }

    /// The outputs: the PDF and images from memory, the rejects report from the request's folder
    /// (written whenever there is a list; kept only when a row was rejected or duplicated).
    private static func collect(_ result: RenderResult, folder: RequestFolder) throws -> RenderOutputs {
        guard let pdf = result.pdf else { throw ServerError.internal("the render made no PDF") }
        let rejectsFile = FileManager.default.contents(atPath: folder.outputs.appendingPathComponent("rejects.csv").path)
        let rejectedRows = rejectsFile.map { $0.split(separator: UInt8(ascii: "\n")).count - 1 } ?? 0
        return RenderOutputs(result: result, pdf: pdf, rejects: rejectedRows > 0 ? rejectsFile : nil,
                             previews: result.images.compactMap(\.data))
    }

    /// The library's errors as the client sees them: bad input is the client's (400), anything
    /// else the server's (500). Messages name files as uploaded, never the server's folders.
    static func serverError(_ error: any Error, folder: RequestFolder) -> any Error {
        switch error {
        case let error as ServerError: return error
        case is Stopped: return ServerError(status: .gatewayTimeout, message: "the render was stopped at the time limit")
        case is InputError, is MissingGlyphsError:
            return ServerError(status: .badRequest, diagnostics: Diagnostic.of(error).map(folder.redacting))
        case let error as any DiagnosticConvertible:
            return ServerError(status: .internalServerError, diagnostics: error.diagnostics.map(folder.redacting))
        default: return ServerError.internal(folder.redacting(String(describing: error)))
        }
    }
}

/// The first of two outcomes (the render's or the timer's) to arrive; the other is dropped.
private final class FirstOutcome: Sendable {
    private let state = Mutex<(continuation: CheckedContinuation<RenderOutputs, any Error>?, outcome: Result<RenderOutputs, any Error>?, done: Bool)>((nil, nil, false))

    func onFinish(_ continuation: CheckedContinuation<RenderOutputs, any Error>) {
        let ready = state.withLock { state -> Result<RenderOutputs, any Error>? in
            if let outcome = state.outcome { state.outcome = nil; return outcome }
            state.continuation = continuation
            return nil
        }
        if let ready { continuation.resume(with: ready) }
    }

    func finish(_ outcome: Result<RenderOutputs, any Error>) {
        let waiting = state.withLock { state -> CheckedContinuation<RenderOutputs, any Error>? in
            guard !state.done else { return nil }
            state.done = true
            guard let continuation = state.continuation else {
                state.outcome = outcome
                return nil
            }
            state.continuation = nil
            return continuation
        }
        waiting?.resume(with: outcome)
    }
}

/// How many renders were stopped at the time limit.
final class StoppedRenders: Sendable {
    private let total = Atomic<Int>(0)
    var value: Int { total.load(ordering: .relaxed) }
    func count() { total.add(1, ordering: .relaxed) }
}
