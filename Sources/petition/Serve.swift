import ArgumentParser
import Foundation
import PetitionPrinter
import PetitionServer

/// `petition serve`: the web page and the HTTP API (see the README's "Serving" section).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve a web page and an HTTP API that render petitions.",
        discussion: """
            Listens on 127.0.0.1 (this machine only) unless --host says otherwise; --host 0.0.0.0 \
            opens it to the network. Renders run in this process, at most one per core (--jobs); \
            further requests wait in a bounded queue and are answered 503 with Retry-After when it \
            is full. Logs go to standard error, one line per request, without any uploaded content.
            """)

    @Option(help: ArgumentHelp("The address to listen on; 0.0.0.0 listens on every interface.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
    var port = 8080

    @Option(name: .customLong("max-upload"), help: ArgumentHelp("The largest upload accepted, in megabytes; larger ones get 413.", valueName: "MB"))
    var maxUpload = 50

    @Option(help: ArgumentHelp("Seconds a render may run before it is stopped and answered 504.", valueName: "seconds"))
    var timeout = 120

    @Option(help: ArgumentHelp("Renders that run at once (default: one per core).", valueName: "n"))
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("queue"), help: ArgumentHelp("Requests that may wait for a render slot (default: eight per slot, at least 16).", valueName: "n"))
    var queueLength: Int?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard maxUpload >= 1 else { throw ValidationError("--max-upload needs at least 1 MB") }
        guard timeout >= 1 else { throw ValidationError("--timeout needs at least 1 second") }
        guard jobs >= 1 else { throw ValidationError("--jobs needs at least 1") }
        if let queueLength, queueLength < 0 { throw ValidationError("--queue cannot be negative") }
    }

    func run() async throws {
        let configuration = ServerConfiguration(host: host, port: port, maxUpload: maxUpload << 20, timeout: .seconds(timeout),
                                                renderSlots: jobs, queueLength: queueLength)
        WebServer.logToStandardError()
        let server = try WebServer(configuration: configuration)
        defer { server.shutdown() }
        let application = server.application { url in
            // Written at once (not through print's buffer), so a script reading standard output sees it.
            FileHandle.standardOutput.write(Data("petition serve: listening on \(url)\n".utf8))
        }
        try await application.runService()
    }
}
