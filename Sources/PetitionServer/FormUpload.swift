import Foundation
import Hummingbird

/// A `multipart/form-data` body read into a request's folder: each file part streamed to its own
/// file under `in/` as it arrives, text fields kept in memory. Nothing beyond `limit` bytes is
/// read: a declared `Content-Length` over the limit is refused before the first byte, a body that
/// grows past it while streaming is refused at that point.
struct FormUpload {
    /// A file the form carried, stored under `path` with a safe version of its name.
    struct File {
        var field: String
        /// The name as the browser sent it, made safe (see `UploadedFileName`).
        var name: String
        var path: String
        var size: Int
    }

    /// The text fields, by name (a repeated field keeps its last value).
    var fields: [String: String] = [:]
    /// The files, in the order they came.
    var files: [File] = []

    /// The files sent under `field`.
    func files(named field: String) -> [File] { files.filter { $0.field == field } }

    /// Reads `request`'s body into `folder`. Throws `ServerError` (413 over the limit, 400 for a
    /// body that is not a well-formed multipart form or names an unknown field).
    static func read(_ request: Request, into folder: RequestFolder, limit: Int, knownFields: Set<String>) async throws -> FormUpload {
        try await read(request.body, contentType: request.headers[.contentType], contentLength: request.headers[.contentLength],
                       into: folder, limit: limit, knownFields: knownFields)
    }

    /// Reads a body given as chunks (the request's, or a test's).
    static func read<Body: AsyncSequence>(_ body: Body, contentType: String?, contentLength: String?, into folder: RequestFolder,
                                          limit: Int, knownFields: Set<String>) async throws -> FormUpload where Body.Element == ByteBuffer {
        guard let contentType, let boundary = Self.boundary(in: contentType) else {
            throw ServerError.badRequest("send the form as multipart/form-data (curl -F); the Content-Type was \(contentType ?? "missing")")
        }
        if let declared = contentLength.flatMap(Int.init), declared > limit {
            throw ServerError.tooLarge(limit: limit)
        }
        let collector = PartCollector(folder: folder, knownFields: knownFields)
        var reader = MultipartReader(boundary: boundary)
        var received = 0
        do {
            for try await chunk in body {
                received += chunk.readableBytes
                guard received <= limit else { throw ServerError.tooLarge(limit: limit) }
                for event in try reader.read(chunk.readableBytesView) {
                    try collector.handle(event)
                }
                if reader.isComplete { break }
            }
        } catch let error as MultipartReader.Malformed {
            collector.closeOpenFile()
            throw ServerError.badRequest("the multipart form is malformed near byte \(received): \(error.reason)")
        } catch {
            collector.closeOpenFile()
            throw error
        }
        collector.closeOpenFile()
        guard reader.isComplete else { throw ServerError.badRequest("the multipart form ends before its closing boundary") }
        return collector.form
    }

    /// The `boundary` parameter of a `multipart/form-data` content type.
    static func boundary(in contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() where part.lowercased().hasPrefix("boundary=") {
            let value = part.dropFirst("boundary=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return (1...70).contains(value.count) ? value : nil
        }
        return nil
    }
}

/// Gathers the parts the multipart reader reports, writing file parts straight to disk. Used by
/// one request's task only.
private final class PartCollector {
    /// A text field longer than this is refused (the letter's text area included).
    static let textFieldLimit = 4 << 20
    /// At most this many parts, against a form made of a million empty parts.
    static let partLimit = 64

    let folder: RequestFolder
    let knownFields: Set<String>
    var form = FormUpload()

    private var field: String?
    private var fileName: String?
    private var text: [UInt8] = []
    private var file: FileHandle?
    private var filePath: String?
    private var fileSize = 0
    private var parts = 0
    private var usedNames: Set<String> = []

    init(folder: RequestFolder, knownFields: Set<String>) {
        self.folder = folder
        self.knownFields = knownFields
    }

    func handle(_ event: MultipartReader.Event) throws {
        switch event {
        case .part(let headers): try startPart(headers)
        case .body(let bytes): try body(bytes)
        case .partEnd: try partComplete()
        case .end: break
        }
    }

    func closeOpenFile() {
        try? file?.close()
        file = nil
    }

    /// Reads the part's `Content-Disposition`: its field name and, for a file, its file name.
    private func startPart(_ headers: [MultipartReader.Header]) throws {
        parts += 1
        guard parts <= Self.partLimit else { throw ServerError.badRequest("the form has more than \(Self.partLimit) parts") }
        guard let disposition = headers.first(where: { $0.name == "content-disposition" })?.value,
              let name = ContentDisposition.parameter("name", in: disposition) else {
            throw ServerError.badRequest("a part of the form has no Content-Disposition name")
        }
        guard knownFields.contains(name) else {
            throw ServerError.badRequest("unknown form field '\(name)'; the fields are \(knownFields.sorted().joined(separator: ", "))")
        }
        field = name
        fileName = ContentDisposition.parameter("filename", in: disposition)
        text = []
        fileSize = 0
    }

    private func body(_ bytes: [UInt8]) throws {
        guard let field, !bytes.isEmpty else { return }
        if fileName != nil {
            if file == nil { try openFile() }
            try file?.write(contentsOf: bytes)
            fileSize += bytes.count
        } else {
            text += bytes
            guard text.count <= Self.textFieldLimit else {
                throw ServerError.badRequest("the field '\(field)' is longer than \(Self.textFieldLimit >> 20) MB; upload it as a file")
            }
        }
    }

    private func partComplete() throws {
        guard let field else { return }
        defer { reset() }
        if let fileName {
            // A file input left empty arrives as a part with an empty file name and no bytes.
            if file == nil, fileName.isEmpty { return }
            if file == nil { try openFile() }
            closeOpenFile()
            if let filePath {
                form.files.append(.init(field: field, name: (filePath as NSString).lastPathComponent, path: filePath, size: fileSize))
            }
        } else {
            guard let value = String(validating: text, as: UTF8.self) else {
                throw ServerError.badRequest("the field '\(field)' is not valid UTF-8")
            }
            form.fields[field] = value
        }
    }

    private func openFile() throws {
        guard let field, let fileName else { return }
        let name = UploadedFileName.make(from: fileName, field: field, taken: &usedNames)
        let path = folder.inputs.appendingPathComponent(name).path
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw ServerError.internal("cannot store the upload")
        }
        file = handle
        filePath = path
    }

    private func reset() {
        field = nil
        fileName = nil
        text = []
        file = nil
        filePath = nil
        fileSize = 0
    }
}

/// The parameters of a `Content-Disposition` header (`form-data; name="letter"; filename="a.txt"`).
enum ContentDisposition {
    static func parameter(_ wanted: String, in header: String) -> String? {
        var rest = Substring(header)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop { $0 == " " || $0 == "\t" }
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            let key = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = rest[rest.index(after: equals)...]
            var parsed = ""
            if value.first == "\"" {
                value = value.dropFirst()
                var escaped = false
                var end = value.endIndex
                for index in value.indices {
                    let character = value[index]
                    if escaped { parsed.append(character); escaped = false; continue }
                    if character == "\\" { escaped = true; continue }
                    if character == "\"" { end = index; break }
                    parsed.append(character)
                }
                rest = end < value.endIndex ? value[value.index(after: end)...] : value[value.endIndex...]
            } else {
                let end = value.firstIndex(of: ";") ?? value.endIndex
                parsed = value[..<end].trimmingCharacters(in: .whitespaces)
                rest = value[end...]
            }
            if key == wanted { return parsed }
        }
        return nil
    }
}

/// A file name an uploader chose, made safe to store in the request's folder: the last path
/// component only, letters, digits, `.`, `-` and `_` kept (others become `_`), no leading dot,
/// at most 80 characters, and unique within the request.
enum UploadedFileName {
    static func make(from original: String, field: String, taken: inout Set<String>) -> String {
        let last = original.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var safe = String(last.unicodeScalars.map { scalar -> Character in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-_".unicodeScalars.contains(scalar) ? Character(scalar) : "_"
        })
        while safe.hasPrefix(".") { safe.removeFirst() }
        if safe.count > 80 { safe = String(safe.suffix(80)) }
        if safe.isEmpty || safe.allSatisfy({ $0 == "_" || $0 == "." }) { safe = field + ".txt" }
        var candidate = safe
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(number)-\(safe)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
