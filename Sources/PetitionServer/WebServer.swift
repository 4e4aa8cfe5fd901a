import Foundation
import HTTPTypes
import Hummingbird
import LayoutFile
import Localisation
import Logging
import PetitionLayout
import PetitionPrinter

/// `petition serve`: the web page and the HTTP API over the `PetitionPrinter` library, rendering
/// in this process.
///
/// Routes: `GET /` (the page), `GET /healthz`, `GET /api/layouts`, `POST /api/render`,
/// `POST /api/preview`, and `GET /api/results/ID/FILE` for the outputs a JSON answer links to.
public final class WebServer: Sendable {
    public let configuration: ServerConfiguration
    let folders: TemporaryFolders
    let run: RenderRun
    let results: ResultStore
    let layouts: LayoutLibrary
    let page: WebPage

    public init(configuration: ServerConfiguration) throws {
        self.configuration = configuration
        folders = try TemporaryFolders(in: configuration.temporaryDirectory)
        run = RenderRun(renderer: Renderer(resources: configuration.resources),
                        slots: RenderSlots(slots: configuration.renderSlots, queueLength: configuration.queueLength),
                        timeout: configuration.timeout)
        results = ResultStore(lifetime: configuration.resultLifetime, capacity: configuration.resultMemory)
        layouts = LayoutLibrary(directory: configuration.resources.layoutsDirectory)
        let library = layouts
        page = WebPage(languages: PageLanguages(library: TermsLibrary(directory: configuration.resources.localesDirectory)),
                       layouts: library.names().compactMap { name in
                           (try? library.load(name)).map { (name, Self.sizeName($0.page.size)) }
                       })
    }

    /// The application, listening on the configured address; `onListening` hears the URL once
    /// the socket is bound (with the real port when the configuration asked for port 0).
    public func application(logger: Logger? = nil, onListening: @escaping @Sendable (String) -> Void = { _ in }) -> some ApplicationProtocol {
        let host = configuration.host
        return Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: "petition"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                onListening("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            },
            logger: logger ?? Logger(label: "petition-serve"))
    }

    /// Sends the log to standard error (standard output carries only the URL line). Call once,
    /// before making a server.
    public static func logToStandardError() {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
    }

    /// Removes every request's temporary folder (call when the server has stopped).
    public func shutdown() {
        folders.removeAll()
    }

    /// The routes; tests drive them in-process.
    public func router() -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: BrowserErrorMiddleware(languages: page.languages))
        router.get("/") { request, _ in self.page.response(acceptLanguage: request.headers[.acceptLanguage]) }
        router.get("/healthz") { _, _ in try self.health() }
        router.get("/api/layouts") { _, _ in try self.layoutList() }
        router.post("/api/render") { request, context in try await self.render(request, context: context) }
        router.post("/api/preview") { request, context in try await self.preview(request, context: context) }
        router.get("/api/results/:id/:file") { _, context in try self.result(context) }
        return router
    }

    private func health() throws -> Response {
        guard !layouts.names().isEmpty, FileManager.default.fileExists(atPath: configuration.resources.fontsDirectory.path) else {
            throw ServerError(status: .serviceUnavailable, message: "no layouts or fonts folder found (PETITION_LAYOUTS, PETITION_FONTS)")
        }
        let load = run.slots.load
        return JSONBody.response(["status": "ready", "running": load.running, "waiting": load.waiting,
                                  "stoppedAtTimeLimit": run.stopped.value] as [String: any Sendable])
    }

    private func layoutList() throws -> Response {
        let described = try layouts.names().map { name -> [String: any Sendable] in
            let settings = try layouts.load(name)
            let size = settings.page.size
            var pageSize: [String: any Sendable] = ["width": size.width, "height": size.height, "unit": "pt",
                                                    "widthMillimetres": (size.width / 72 * 25.4 * 10).rounded() / 10,
                                                    "heightMillimetres": (size.height / 72 * 25.4 * 10).rounded() / 10]
            if let named = Self.standardSizeName(size) { pageSize["name"] = named }
            return ["name": name, "description": settings.description, "pageSize": pageSize]
        }
        return JSONBody.response(["layouts": described] as [String: any Sendable])
    }

    /// Reads the form into a new request folder; an oversized upload stops the connection's reading.
    private func readForm(_ request: Request, context: ServerContext) async throws -> (RenderForm, RequestFolder) {
        let folder = try folders.makeRequestFolder()
        do {
            let upload = try await FormUpload.read(request, into: folder, limit: configuration.maxUpload, knownFields: RenderForm.fields)
            return (try RenderForm(upload, folder: folder, layouts: layouts.names()), folder)
        } catch let error as ServerError where error.status == .contentTooLarge {
            context.stopReading()
            throw error
        }
    }

    private func render(_ request: Request, context: ServerContext) async throws -> Response {
        let (form, folder) = try await readForm(request, context: context)
        let accept = request.headers[.accept] ?? ""
        if accept.contains("application/x-ndjson") {
            return try ProgressStream.response(run: run, form: form, folder: folder,
                                               report: { self.servedReport($0, name: form.downloadName, folder: folder) })
        }
        let outputs = try await run.run(form.request, folder: folder)
        if accept.contains("application/json") {
            return JSONBody.response(data: servedReport(outputs, name: form.downloadName, folder: folder))
        }
        var headers: HTTPFields = [
            .contentType: "application/pdf",
            .contentDisposition: "attachment; filename=\"\(form.downloadName)\"",
        ]
        headers[Self.summaryHeader] = Self.summary(outputs.result)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: outputs.pdf)))
    }

    private func preview(_ request: Request, context: ServerContext) async throws -> Response {
        let (form, folder) = try await readForm(request, context: context)
        let outputs = try await run.run(form.request, folder: folder, previews: .page(form.page))
        guard let png = outputs.previews.first else {
            throw ServerError.badRequest("the document has \(outputs.result.pageCount) pages; there is no page \(form.page)")
        }
        return Response(status: .ok, headers: [.contentType: "image/png"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: png)))
    }

    private func result(_ context: ServerContext) throws -> Response {
        guard let id = context.parameters.get("id"), let name = context.parameters.get("file"),
              let file = results.file(name, of: id) else {
            throw ServerError(status: .notFound, message: "no such result (results are kept \(configuration.resultLifetime.components.seconds / 60) minutes)")
        }
        var headers: HTTPFields = [.contentType: file.contentType]
        if !file.contentType.hasPrefix("image/") { headers[.contentDisposition] = "attachment; filename=\"\(name)\"" }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.data)))
    }

    /// "A4", "Letter" (either way up), or nil for another size.
    static func standardSizeName(_ size: PageSize) -> String? {
        ["A3", "A4", "A5", "Letter", "Legal"].first { name in
            PageSize.named(name).map { $0 == size || ($0.width == size.height && $0.height == size.width) } ?? false
        }
    }

    /// A page size as people name it: "A4", or "210 × 297 mm".
    static func sizeName(_ size: PageSize) -> String {
        standardSizeName(size) ?? "\(Int((size.width / 72 * 25.4).rounded())) × \(Int((size.height / 72 * 25.4).rounded())) mm"
    }

    /// The response header with the summary counts.
    static let summaryHeader = HTTPField.Name("Petition-Summary")!

    /// `pages=3, rows=25, printed=24, rejected=1, warnings=2`: the counts of the `Petition-Summary` header.
    static func summary(_ result: RenderResult) -> String {
        var parts = ["pages=\(result.pageCount)"]
        if let counts = result.signatoryCounts {
            parts += ["rows=\(counts.rows)", "printed=\(counts.printed)", "rejected=\(counts.rejected)"]
        }
        parts.append("warnings=\(result.warnings.count)")
        return parts.joined(separator: ", ")
    }

    /// The `--report json` report, the outputs kept in the result store and linked from it:
    /// `output` and `previews` become links, and `links` lists the PDF, the rejects and previews.
    func servedReport(_ outputs: RenderOutputs, name pdfName: String, folder: RequestFolder) -> Data {
        var files: [String: ResultStore.File] = [pdfName: .init(data: outputs.pdf, contentType: "application/pdf")]
        if let rejects = outputs.rejects { files["rejects.csv"] = .init(data: rejects, contentType: "text/csv; charset=utf-8") }
        for (index, png) in outputs.previews.enumerated() { files["page-\(index + 1).png"] = .init(data: png, contentType: "image/png") }
        let id = results.keep(files)
        let base = "/api/results/\(id)/"
        let previews = outputs.previews.indices.map { base + "page-\($0 + 1).png" }
        var links: [String: any Sendable] = ["pdf": base + pdfName, "previews": previews]
        if outputs.rejects != nil { links["rejects"] = base + "rejects.csv" }
        var report: [String: any Sendable] = [:]
        if let json = try? outputs.result.report?.json(),
           let object = try? JSONSerialization.jsonObject(with: Data(folder.redacting(json).utf8)) as? [String: Any] {
            for (key, value) in object { report[key] = JSONBody.sendable(value) }
        }
        report["output"] = base + pdfName
        report["previews"] = previews
        report["links"] = links
        return JSONBody.data(report)
    }
}

/// JSON answers with sorted keys.
enum JSONBody {
    static func data(_ object: [String: any Sendable]) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    }

    static func response(_ object: [String: any Sendable]) -> Response {
        response(data: data(object))
    }

    static func response(data: Data) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A value from `JSONSerialization` as a sendable one (it only makes strings, numbers,
    /// booleans, nulls, arrays and dictionaries).
    static func sendable(_ value: Any) -> any Sendable {
        switch value {
        case let array as [Any]: return array.map(sendable)
        case let dictionary as [String: Any]: return dictionary.mapValues(sendable)
        case let string as String: return string
        case let number as NSNumber: return number
        default: return NSNull()
        }
    }
}
