import Foundation
import Hummingbird
import PetitionLayout
import Synchronization

/// `POST /api/render` with `Accept: application/x-ndjson`: the answer streams one JSON object a
/// line while the render runs, for the web page's progress bar:
///
///     {"queued":true}
///     {"progress":{"phase":"measuring","done":1000,"total":5000}}
///     {"progress":{"phase":"pages","done":3,"total":20}}
///     {"report":{...}}                   (the JSON report, with links; or, on failure:)
///     {"error":{"status":400,"message":"list.csv:3:1: error: ..."}}
///
/// A full queue is still answered 503 before any line, as for the other forms.
enum ProgressStream {
    static func response(run: RenderRun, form: RenderForm, folder: RequestFolder,
                         report: @escaping @Sendable (RenderOutputs) -> Data) throws -> Response {
        guard run.slots.reserve() else { throw ServerError.busy(retryAfter: run.retryAfter) }
        let (lines, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let request = form.request
        let task = Task {
            continuation.yield(Data("{\"queued\":true}\n".utf8))
            let throttle = ProgressThrottle()
            do {
                let outputs = try await run.run(request, folder: folder, previews: .first(3), reserved: true) { progress in
                    guard throttle.shouldSend(progress) else { return }
                    let line = "{\"progress\":{\"phase\":\"\(progress.phase.rawValue)\",\"done\":\(progress.done),\"total\":\(progress.total)}}\n"
                    continuation.yield(Data(line.utf8))
                }
                continuation.yield(Data("{\"report\":".utf8) + report(outputs) + Data("}\n".utf8))
            } catch {
                let failure = (error as? ServerError) ?? ServerError.internal(folder.redacting(String(describing: error)))
                continuation.yield(Data("{\"error\":".utf8) + Self.errorObject(failure) + Data("}\n".utf8))
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in _ = task }
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson", .cacheControl: "no-store"],
                        body: ResponseBody(asyncSequence: lines.map { ByteBuffer(bytes: $0) }))
    }

    private static func errorObject(_ error: ServerError) -> Data {
        guard let object = try? JSONSerialization.jsonObject(with: error.json) as? [String: Any], let inner = object["error"],
              let data = try? JSONSerialization.data(withJSONObject: inner, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return Data("{}".utf8)
        }
        return data
    }
}

/// Lets a progress report through only when its percentage or phase changed, so a million
/// entries make at most a few hundred lines.
private final class ProgressThrottle: Sendable {
    /// The phase and percentage last let through. Only the render thread reports, so the lock
    /// is never contended; it is what makes the class safe to hand to that thread.
    private let last = Mutex<(phase: LayoutProgress.Phase, percent: Int)?>(nil)

    func shouldSend(_ progress: LayoutProgress) -> Bool {
        let percent = progress.total > 0 ? progress.done * 100 / progress.total : 0
        return last.withLock { last in
            defer { last = (progress.phase, percent) }
            return last.map { $0 != (progress.phase, percent) } ?? true
        }
    }
}
