import Hummingbird
import Logging
import NIOCore

/// The request context of `petition serve`: Hummingbird's core context plus the connection, so
/// an oversized upload can stop being read (its input side is closed after the 413).
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// Stops reading this connection: the rest of an upload is never read, and the connection
    /// closes after the response.
    func stopReading() {
        channel.close(mode: .input, promise: nil)
    }
}

/// One log line per request: method, path, status, time and bytes sent, never a field, file name
/// or any other content of the request.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = ServerContext

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, context: context, status: response.status, started: started)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            log(request, context: context, status: status, started: started)
            throw error
        }
    }

    private func log(_ request: Request, context: ServerContext, status: HTTPResponse.Status, started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        // The path only: the API takes no query, and a result id is not personal data.
        let path = request.uri.path
        context.logger.info("\(request.method) \(path) \(status.code) \(milliseconds) ms")
    }
}

/// A browser that posted the form without JavaScript asks for `text/html` and not for JSON; it
/// gets its error as a page in its language, with the same message and a link back to the form.
struct BrowserErrorMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let languages: PageLanguages

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            let accept = request.headers[.accept] ?? ""
            guard accept.contains("text/html"), !accept.contains("application/json"), !accept.contains("application/x-ndjson") else {
                throw error
            }
            var fields = error.headers
            fields[.contentType] = "text/html; charset=utf-8"
            let page = WebPage.errorPage(error.message, terms: languages.negotiate(request.headers[.acceptLanguage]))
            return Response(status: error.status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
        }
    }
}
