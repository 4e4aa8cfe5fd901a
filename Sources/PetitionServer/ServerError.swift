import Diagnostics
import Foundation
import Hummingbird

/// Why a request failed, as the client sees it: a status and a JSON body
///
///     {"error": {"status": 400, "message": "letter.txt:3:1: error: ...",
///                "diagnostics": [{"severity": "error", "file": "letter.txt", "line": 3,
///                                 "column": 1, "message": "...", "hint": "..."}]}}
///
/// `message` is what the command line prints; `diagnostics` are the same `Diagnostic` values,
/// field by field, so a client needs no parsing to point at the place.
struct ServerError: Error, HTTPResponseError, CustomStringConvertible {
    var status: HTTPResponse.Status
    var message: String
    /// The diagnostics behind `message`: the library's own for bad input, otherwise one error
    /// with `message` and no place.
    var diagnostics: [Diagnostic]
    /// Extra response headers (`Retry-After` for 503).
    var headers: HTTPFields = [:]

    /// An error about no file in particular (a full queue, a time limit, a missing result).
    init(status: HTTPResponse.Status, message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.diagnostics = [.error(file: nil, message)]
        self.headers = headers
    }

    /// An error the library gave as diagnostics; `message` is their printed form.
    init(status: HTTPResponse.Status, diagnostics: [Diagnostic]) {
        self.status = status
        self.message = diagnostics.map(\.description).joined(separator: "\n")
        self.diagnostics = diagnostics
    }

    static func badRequest(_ message: String) -> ServerError { ServerError(status: .badRequest, message: message) }

    static func tooLarge(limit: Int) -> ServerError {
        ServerError(status: .contentTooLarge, message: "the upload is larger than the server's limit of \(ByteCount(limit)) (--max-upload)",
                    headers: [.connection: "close"])
    }

    static func busy(retryAfter seconds: Int) -> ServerError {
        ServerError(status: .serviceUnavailable, message: "every render slot and queue place is taken; try again in \(seconds) s",
                    headers: [.retryAfter: String(seconds)])
    }

    static func timedOut(after timeout: Duration) -> ServerError {
        ServerError(status: .gatewayTimeout, message: "the render ran past the server's limit of \(timeout.components.seconds) s (--timeout) and was stopped")
    }

    static func `internal`(_ message: String) -> ServerError { ServerError(status: .internalServerError, message: message) }

    var description: String { "\(status.code) \(message)" }

    /// The error as a JSON body.
    var json: Data {
        let body = ["error": ErrorBody(status: Int(status.code), message: message, diagnostics: diagnostics)]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(body)) ?? Data("{\"error\":{}}".utf8)
    }

    private struct ErrorBody: Encodable {
        var status: Int
        var message: String
        var diagnostics: [Diagnostic]
    }

    /// The JSON body (a browser without JavaScript gets a page instead: see `BrowserErrorMiddleware`).
    func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: json)))
    }
}

/// A byte count as people read it: `50 MB`, `900 KB`, `12 bytes` (powers of 1024).
struct ByteCount: CustomStringConvertible {
    var bytes: Int
    init(_ bytes: Int) { self.bytes = bytes }

    var description: String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }
}
