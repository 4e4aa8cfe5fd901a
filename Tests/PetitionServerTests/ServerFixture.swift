import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PetitionPrinter
import Synchronization
import TestResources
@testable import PetitionServer

/// A server over the project's own fonts and layouts, with a temporary folder of its own, and
/// the pieces of a multipart form.
struct ServerFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let resources = ResourceLocator(fonts: packageRoot.appendingPathComponent("fonts").path,
                                           layouts: packageRoot.appendingPathComponent("layouts").path,
                                           locales: packageRoot.appendingPathComponent("locales").path)
    static let exampleLetter = packageRoot.appendingPathComponent("Examples/clean-water-letter.txt")
    static let exampleLogo = packageRoot.appendingPathComponent("Examples/clean-water-logo.png")
    static let exampleSignatories = packageRoot.appendingPathComponent("Examples/clean-water-signatories.csv")

    let server: WebServer
    let temporary: URL
    let log = LogLines()

    init(maxUpload: Int = 1 << 20, timeout: Duration = .seconds(60), slots: Int = 2, queue: Int = 2) throws {
        temporary = try ScratchFolders.make("serve")
        server = try WebServer(configuration: ServerConfiguration(
            maxUpload: maxUpload, timeout: timeout, renderSlots: slots, queueLength: queue,
            temporaryDirectory: temporary, resources: Self.resources))
    }

    /// Runs `body` against the router in-process, logging into `log`.
    func test<Value>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let log = self.log
        let logger = Logger(label: "serve-tests") { _ in CollectingLogHandler(lines: log) }
        let application = Application(router: server.router(), logger: logger)
        return try await application.test(.router) { client in try await body(client) }
    }

    /// Waits (up to 120 s, for a loaded machine) until every render has given back its slot and folder: a render's
    /// thread does so just after its answer is sent.
    func settle() async throws {
        var waited = 0
        while server.run.slots.load != (0, 0) || !requestFolders.isEmpty, waited < 1200 {
            try await Task.sleep(for: .milliseconds(100))
            waited += 1
        }
    }

    /// The request folders still on disk.
    var requestFolders: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: server.folders.root.path)) ?? []
    }

    func removeAll() {
        server.shutdown()
        try? FileManager.default.removeItem(at: temporary)
    }

    /// The example letter without its `Logo:` header, for forms sent without the logo.
    static func letterWithoutLogo() throws -> Data {
        let text = try String(contentsOf: exampleLetter, encoding: .utf8)
        return Data(text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Logo:") }
            .joined(separator: "\n").utf8)
    }

    /// `count` generated signatories as CSV: name, organisation, city, country.
    static func signatories(_ count: Int) -> Data {
        var csv = "name,organisation,city,country\n"
        let given = ["Amina", "Jean", "María", "Hiroshi", "Ingrid", "Olena", "Priya", "Søren", "Fatima", "Chen"]
        let family = ["Okafor", "Moreau", "Fernández", "Tanaka", "Løvås", "Kovalenko", "Raghunathan", "Hansen", "El Idrissi", "Wei"]
        for index in 0..<count {
            csv += "\(given[index % 10]) \(family[(index / 10) % 10]) \(index),Parents for Clean Water,Lyon,France\n"
        }
        return Data(csv.utf8)
    }
}

/// A `multipart/form-data` body built part by part.
struct MultipartForm {
    let boundary = "----petition-test-\(UUID().uuidString)"
    private var body = Data()

    mutating func field(_ name: String, _ value: String) {
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }

    mutating func file(_ name: String, filename: String, _ content: Data, type: String = "text/plain") {
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: \(type)\r\n\r\n".utf8)
        body += content
        body += Data("\r\n".utf8)
    }

    var headers: HTTPFields { [.contentType: "multipart/form-data; boundary=\(boundary)"] }
    var bytes: ByteBuffer { ByteBuffer(bytes: body + Data("--\(boundary)--\r\n".utf8)) }

    /// The example letter and signatories.
    static func example() throws -> MultipartForm {
        var form = MultipartForm()
        form.file("letter", filename: "clean-water-letter.txt", try Data(contentsOf: ServerFixture.exampleLetter))
        form.file("signatories", filename: "clean-water-signatories.csv", try Data(contentsOf: ServerFixture.exampleSignatories), type: "text/csv")
        form.file("logo", filename: "clean-water-logo.png", try Data(contentsOf: ServerFixture.exampleLogo), type: "image/png")
        return form
    }
}

/// Every log line, for the checks on what the log says.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

struct CollectingLogHandler: LogHandler {
    let lines: LogLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String,
             file: String, function: String, line: UInt) {
        lines.append("\(level) \(message) \(self.metadata.merging(metadata ?? [:]) { $1 })")
    }
}

extension ByteBuffer {
    var data: Data { Data(readableBytesView) }
    var text: String { String(decoding: readableBytesView, as: UTF8.self) }
}

extension TestResponse {
    /// The body as a JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: body.data) as? [String: Any]) ?? [:]
    }

    var errorMessage: String { ((json["error"] as? [String: Any])?["message"] as? String) ?? "" }

    /// The error body's `diagnostics`, one object a `Diagnostic`.
    var errorDiagnostics: [[String: Any]] { ((json["error"] as? [String: Any])?["diagnostics"] as? [[String: Any]]) ?? [] }
}
