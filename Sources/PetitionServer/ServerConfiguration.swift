import Foundation
import PetitionPrinter

/// How `petition serve` listens and what it allows: the address, the upload and time limits, and
/// how many renders run and wait at once.
public struct ServerConfiguration: Sendable {
    /// The address to listen on; `127.0.0.1` keeps the server on this machine, `0.0.0.0` opens it
    /// to the network.
    public var host: String
    /// The port; 0 asks the system for a free one.
    public var port: Int
    /// The largest request body accepted, in bytes; a larger upload gets 413 unread.
    public var maxUpload: Int
    /// How long one render may run before it is stopped and answered with 504.
    public var timeout: Duration
    /// Renders that run at once (one per core by default).
    public var renderSlots: Int
    /// Requests that may wait for a slot; one more gets 503 with `Retry-After`.
    public var queueLength: Int
    /// How long the outputs of a JSON render (PDF, rejects, previews) stay downloadable.
    public var resultLifetime: Duration
    /// At most this many bytes of such outputs are kept; the oldest go first.
    public var resultMemory: Int
    /// Where each request's temporary folder is made (a folder of the server's own inside it).
    public var temporaryDirectory: URL
    /// The `fonts/` and `layouts/` folders.
    public var resources: ResourceLocator

    public init(host: String = "127.0.0.1", port: Int = 8080, maxUpload: Int = 50 << 20, timeout: Duration = .seconds(120),
                renderSlots: Int = ProcessInfo.processInfo.activeProcessorCount, queueLength: Int? = nil,
                resultLifetime: Duration = .seconds(15 * 60), resultMemory: Int = 512 << 20,
                temporaryDirectory: URL = FileManager.default.temporaryDirectory, resources: ResourceLocator = ResourceLocator()) {
        self.host = host
        self.port = port
        self.maxUpload = maxUpload
        self.timeout = timeout
        self.renderSlots = max(1, renderSlots)
        self.queueLength = queueLength ?? max(16, 8 * max(1, renderSlots))
        self.resultLifetime = resultLifetime
        self.resultMemory = resultMemory
        self.temporaryDirectory = temporaryDirectory
        self.resources = resources
    }
}
