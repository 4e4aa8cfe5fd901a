import Foundation
import NIOCore
import Testing
import TestResources
@testable import PetitionServer

/// The multipart reader: what it keeps, the names it stores files under, and that no body,
/// however broken or cut, makes it do more than refuse with 400 or 413.
@Suite("Reading uploaded forms")
struct FormUploadTests {
    let folders: TemporaryFolders

    init() throws {
        folders = try TemporaryFolders(in: ScratchFolders.root)
    }

    @Test func foldersOfServersThatAreGoneAreRemovedAtStart() throws {
        defer { folders.removeAll() }
        let parent = folders.root.deletingLastPathComponent()
        // No process has id 2^22 + 1: Linux's pid_max is at most 2^22.
        let abandoned = parent.appendingPathComponent("petition-serve-4194305-\(UUID().uuidString)")
        let ours = try TemporaryFolders(in: parent)
        try FileManager.default.createDirectory(at: abandoned, withIntermediateDirectories: true)
        TemporaryFolders.removeAbandoned(in: parent)
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: ours.root.path), "a running server's folder was removed")
        ours.removeAll()
    }

    func read(_ chunks: [ByteBuffer], contentType: String, limit: Int = 1 << 20) async throws -> (FormUpload, RequestFolder) {
        let folder = try folders.makeRequestFolder()
        let stream = AsyncStream<ByteBuffer> { continuation in
            for chunk in chunks { continuation.yield(chunk) }
            continuation.finish()
        }
        return (try await FormUpload.read(stream, contentType: contentType, contentLength: nil, into: folder,
                                          limit: limit, knownFields: RenderForm.fields), folder)
    }

    @Test func filesGoToDiskAndFieldsToMemoryWhateverTheChunking() async throws {
        defer { folders.removeAll() }
        var form = MultipartForm()
        form.file("letter", filename: "../../etc/Lettre été.txt", Data("Title: Eau\n\nDe l’eau propre.\n".utf8))
        form.field("layout", "classic-a4")
        form.file("signatories", filename: "", Data())
        let whole = form.bytes
        for size in [1, 7, 64, whole.readableBytes] {
            var chunks: [ByteBuffer] = []
            var rest = whole
            while rest.readableBytes > 0 { chunks.append(rest.readSlice(length: min(size, rest.readableBytes))!) }
            let (upload, folder) = try await read(chunks, contentType: form.headers[.contentType]!)
            #expect(upload.fields == ["layout": "classic-a4"])
            #expect(upload.files.count == 1, "an empty file input was kept")
            let letter = try #require(upload.files.first)
            #expect(letter.name == "Lettre_été.txt")
            #expect(letter.path.hasPrefix(folder.inputs.path + "/"))
            #expect(try String(contentsOfFile: letter.path, encoding: .utf8) == "Title: Eau\n\nDe l’eau propre.\n")
        }
    }

    @Test func uploadedNamesStayInsideTheFolderAndDistinct() {
        defer { folders.removeAll() }
        var taken: Set<String> = []
        let names = ["../../x.csv", "x.csv", "..", "/", "C:\\Users\\a\\list.csv", ".hidden", String(repeating: "é", count: 200)]
            .map { UploadedFileName.make(from: $0, field: "signatories", taken: &taken) }
        #expect(names[0] == "x.csv" && names[1] == "2-x.csv")
        #expect(names[2] == "signatories.txt" && names[3] == "2-signatories.txt")
        #expect(names[4] == "list.csv" && names[5] == "hidden")
        #expect(names[6].count == 80)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { !$0.contains("/") && !$0.hasPrefix(".") })
    }

    @Test func contentDispositionParametersAreReadWithQuotesAndEscapes() {
        defer { folders.removeAll() }
        let header = #"form-data; name="signatories"; filename="a \"b\"; c.csv""#
        #expect(ContentDisposition.parameter("name", in: header) == "signatories")
        #expect(ContentDisposition.parameter("filename", in: header) == #"a "b"; c.csv"#)
        #expect(ContentDisposition.parameter("name", in: "form-data; name=layout") == "layout")
        #expect(ContentDisposition.parameter("name", in: "form-data") == nil)
    }

    /// Random damage to a valid form: every outcome is a form or a 400/413, never a crash, a
    /// hang or a file outside the request's folder. Seeded, so a failure repeats.
    @Test func damagedFormsAreRefusedCleanly() async throws {
        defer { folders.removeAll() }
        var form = try MultipartForm.example()
        form.field("layout", "classic-a4")
        let original = Array(form.bytes.readableBytesView)
        var generator = SeededGenerator(seed: 13)
        var outcomes: [String: Int] = [:]
        for _ in 0..<400 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: Int.random(in: 0..<bytes.count, using: &generator))
                case 2: bytes.insert(contentsOf: Array("\r\n--".utf8), at: Int.random(in: 0..<bytes.count, using: &generator))
                default: bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator)))
                }
                if bytes.isEmpty { bytes = [0x2D] }
            }
            do {
                let (upload, folder) = try await read([ByteBuffer(bytes: bytes)], contentType: form.headers[.contentType]!, limit: 16 << 10)
                #expect(upload.files.allSatisfy { $0.path.hasPrefix(folder.inputs.path + "/") })
                outcomes["read", default: 0] += 1
            } catch let error as ServerError {
                #expect([.badRequest, .contentTooLarge].contains(error.status), "\(error)")
                outcomes["\(error.status.code)", default: 0] += 1
            }
        }
        #expect(outcomes["400", default: 0] > 0 && outcomes["read", default: 0] > 0, "\(outcomes)")
    }
}


/// The multipart reader alone, against hand-written bodies.
@Suite("The multipart reader")
struct MultipartReaderTests {
    static let body = Array("preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\none\r\n--XyZ\r\ncontent-disposition: form-data; name=\"b\"; filename=\"b.txt\"\r\n\r\n\r\n--Xy not yet\r\n--XyZ--\r\nepilogue".utf8)

    /// The events of `bytes` read in pieces of `size`, with body pieces joined.
    static func events(_ bytes: [UInt8], pieces size: Int) throws -> [MultipartReader.Event] {
        var reader = MultipartReader(boundary: "XyZ")
        var events: [MultipartReader.Event] = []
        for offset in stride(from: 0, to: bytes.count, by: size) {
            for event in try reader.read(bytes[offset..<min(offset + size, bytes.count)]) {
                if case .body(let more) = event, case .body(let earlier)? = events.last {
                    events[events.count - 1] = .body(earlier + more)
                } else {
                    events.append(event)
                }
            }
        }
        return events
    }

    @Test func partsComeOutTheSameHoweverTheBytesArrive() throws {
        let expected: [MultipartReader.Event] = [
            .part(headers: [.init(name: "content-disposition", value: "form-data; name=\"a\"")]), .body(Array("one".utf8)), .partEnd,
            .part(headers: [.init(name: "content-disposition", value: "form-data; name=\"b\"; filename=\"b.txt\"")]),
            .body(Array("\r\n--Xy not yet".utf8)), .partEnd, .end,
        ]
        for size in 1...Self.body.count {
            #expect(try Self.events(Self.body, pieces: size) == expected, "in pieces of \(size)")
        }
    }

    @Test func aNonASCIIByteWhereAHeaderNameGoesIsMalformedNotACrash() {
        let bytes = Array("--XyZ\r\n".utf8) + [0xC3, 0xA9] + Array(": x\r\n\r\nbody\r\n--XyZ--".utf8)
        #expect(throws: MultipartReader.Malformed.self) { try Self.events(bytes, pieces: 3) }
    }

    @Test func endlessHeadersAreRefused() {
        let bytes = Array("--XyZ\r\n".utf8) + Array(repeating: UInt8(ascii: "a"), count: MultipartReader.headerBlockLimit + 1)
        #expect(throws: MultipartReader.Malformed.self) { try Self.events(bytes, pieces: 4096) }
    }

    @Test func randomBytesNeverCrashTheReader() {
        var generator = SeededGenerator(seed: 7)
        let alphabet: [UInt8] = Array("\r\n-XyZ:; =\"a".utf8) + [0x00, 0x80, 0xC3, 0xFF]
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<200, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            _ = try? Self.events(bytes, pieces: Int.random(in: 1...16, using: &generator))
        }
    }
}
