import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import PetitionServer

/// `POST /api/render` and `/api/preview` through the router, in-process: the PDF and its
/// summary header, the JSON report with working links, previews, and bad input answered 400 with
/// the command line's `file:line:column` message.
@Suite("The render API")
struct RenderAPITests {
    @Test func aFormWithALetterAndAListAnswersWithThePDFAndItsCounts() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        let form = try MultipartForm.example()
        let response = try await fixture.test { [form] client in
            try await client.execute(uri: "/api/render", method: .post, headers: form.headers, body: form.bytes)
        }
        #expect(response.status == .ok, "\(response.body.text)")
        #expect(response.headers[.contentType] == "application/pdf")
        #expect(response.headers[.contentDisposition] == "attachment; filename=\"clean-water-letter.pdf\"")
        #expect(response.body.data.prefix(5) == Data("%PDF-".utf8))
        let summary = try #require(response.headers[WebServer.summaryHeader])
        #expect(summary.hasPrefix("pages="))
        #expect(summary.contains("rows=25, printed=25, rejected=0"), "\(summary)")
        try await fixture.settle()
        #expect(fixture.requestFolders.isEmpty, "the request's folder outlived it")
    }

    @Test func severalSignatoryFilesAreMergedAsWithARepeatedOption() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        var form = try MultipartForm.example()
        form.file("signatories", filename: "more.csv", Data("name,country\nAda Lovelace,UK\nGrace Hopper,US\n".utf8), type: "text/csv")
        let response = try await fixture.test { [form] client in
            try await client.execute(uri: "/api/render", method: .post, headers: form.headers, body: form.bytes)
        }
        #expect(response.status == .ok, "\(response.body.text)")
        let summary = try #require(response.headers[WebServer.summaryHeader])
        #expect(summary.contains("rows=27, printed=27, rejected=0"), "\(summary)")
    }

    @Test func aPastedLetterWithoutAListRendersToo() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        var form = MultipartForm()
        form.field("letterText", "Title: Keep the library open\n\nWe ask the council to keep the library open on Sundays.\n")
        form.field("layout", "classic-letter")
        let response = try await fixture.test { [form] client in
            try await client.execute(uri: "/api/render", method: .post, headers: form.headers, body: form.bytes)
        }
        #expect(response.status == .ok, "\(response.body.text)")
        #expect(response.headers[WebServer.summaryHeader] == "pages=1, warnings=0")
    }

    @Test func acceptingJSONGivesTheReportWithLinksThatServeTheOutputs() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        let single = try MultipartForm.example()
        let (report, pdf, bogus) = try await fixture.test { [single] client in
            let report = try await client.execute(uri: "/api/render", method: .post,
                                                  headers: single.headers.merging([.accept: "application/json"]), body: single.bytes)
            let link = ((report.json["links"] as? [String: Any])?["pdf"] as? String) ?? "/missing"
            let pdf = try await client.execute(uri: link, method: .get)
            let bogus = try await client.execute(uri: "/api/results/not-an-id/clean-water-letter.pdf", method: .get)
            return (report, pdf, bogus)
        }
        #expect(report.status == .ok, "\(report.body.text)")
        #expect(report.headers[.contentType] == "application/json; charset=utf-8")
        let json = report.json
        #expect((json["pages"] as? Int ?? 0) >= 2)
        #expect((json["signatories"] as? [String: Any])?["printed"] as? Int == 25)
        let links = try #require(json["links"] as? [String: Any])
        #expect((links["pdf"] as? String)?.hasPrefix("/api/results/") == true)
        #expect(json["output"] as? String == links["pdf"] as? String)
        #expect(!report.body.text.contains(fixture.temporary.path), "the report shows the server's folders")
        #expect(pdf.status == .ok)
        #expect(pdf.body.data.prefix(5) == Data("%PDF-".utf8))
        #expect(bogus.status == .notFound)
    }

    @Test func rejectedRowsAreReportedAndTheirCSVIsLinked() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        var form = MultipartForm()
        form.file("letter", filename: "letter.txt", try ServerFixture.letterWithoutLogo())
        form.file("signatories", filename: "list.csv", Data("name,city\nAna Lima,Porto\n,Lyon\nAna Lima,Porto\n".utf8))
        let (report, rejects) = try await fixture.test { [form] client in
            let report = try await client.execute(uri: "/api/render", method: .post,
                                                  headers: form.headers.merging([.accept: "application/json"]), body: form.bytes)
            let link = ((report.json["links"] as? [String: Any])?["rejects"] as? String) ?? "/missing"
            return (report, try await client.execute(uri: link, method: .get))
        }
        #expect(report.status == .ok, "\(report.body.text)")
        // The warnings are Diagnostics field by field, the file named as uploaded.
        let warnings = report.json["warnings"] as? [[String: Any]] ?? []
        #expect(warnings.contains {
            $0["severity"] as? String == "warning" && $0["file"] as? String == "list.csv" && $0["line"] as? Int == 3
                && $0["column"] as? Int == 1 && ($0["message"] as? String)?.hasPrefix("row not printed") == true
        }, "\(warnings)")
        #expect(rejects.status == .ok)
        #expect(rejects.body.text.contains("3"), "\(rejects.body.text)")
    }

    @Test func aBadLetterIsAnswered400WithTheCommandLinesMessage() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        var form = MultipartForm()
        form.file("letter", filename: "letter.txt", Data("Title: Water\n\nClean w".utf8) + Data([0xFF]) + Data("ater now.\n".utf8))
        let response = try await fixture.test { [form] client in
            try await client.execute(uri: "/api/render", method: .post, headers: form.headers, body: form.bytes)
        }
        #expect(response.status == .badRequest)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        #expect(response.errorMessage == "letter.txt:3:8: error: invalid UTF-8 (byte 0xFF); save the letter as UTF-8 text")
        // The same error field by field, as the command line's Diagnostic.
        let diagnostics = response.errorDiagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["severity"] as? String == "error")
        #expect(diagnostics.first?["file"] as? String == "letter.txt")
        #expect(diagnostics.first?["line"] as? Int == 3)
        #expect(diagnostics.first?["column"] as? Int == 8)
        #expect(diagnostics.first?["message"] as? String == "invalid UTF-8 (byte 0xFF); save the letter as UTF-8 text")
        try await fixture.settle()
        #expect(fixture.requestFolders.isEmpty)
    }

    @Test func aBadListIsAnswered400NamingItsFileAndLine() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        var form = try MultipartForm.example()
        form.field("groupBy", "shoe size")
        let response = try await fixture.test { [form] client in
            try await client.execute(uri: "/api/render", method: .post, headers: form.headers, body: form.bytes)
        }
        #expect(response.status == .badRequest)
        #expect(response.errorMessage.hasPrefix("clean-water-signatories.csv:1:1: error: cannot group by 'shoe size'"), "\(response.errorMessage)")
    }

    @Test(arguments: [
        ("layout", "../layouts/classic-a4", "unknown layout '../layouts/classic-a4'"),
        ("layout", "/etc/passwd", "unknown layout '/etc/passwd'"),
        ("layout", "classic-a4.toml", "unknown layout 'classic-a4.toml'"),
        ("privacy", "everything", "'privacy' must be one of full, surname-initial, city-only, anonymous, hidden"),
        ("order", "random", "'order' must be one of as-given, surname, full-name"),
        ("lang", "en; rm -rf", "'lang' must be a BCP 47 language tag"),
        ("colour", "red", "unknown form field 'colour'"),
        ("figures", "maybe", "'figures' must be on or off"),
    ])
    func aBadOptionIsAnswered400NamingIt(field: String, value: String, message: String) async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        var form = try MultipartForm.example()
        form.field(field, value)
        let response = try await fixture.test { [form] client in
            try await client.execute(uri: "/api/render", method: .post, headers: form.headers, body: form.bytes)
        }
        #expect(response.status == .badRequest)
        #expect(response.errorMessage.hasPrefix(message), "\(response.errorMessage)")
    }

    @Test func aLetterCannotReachOutsideItsFolderForALogo() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        var form = MultipartForm()
        let logo = ServerFixture.packageRoot.appendingPathComponent("Examples/clean-water-logo.png").path
        form.file("letter", filename: "letter.txt", Data("Title: Water\nLogo: \(logo)\n\nClean water now.\n".utf8))
        form.field("layout", "press-kit")
        let response = try await fixture.test { [form] client in
            try await client.execute(uri: "/api/render", method: .post, headers: form.headers, body: form.bytes)
        }
        #expect(response.status == .badRequest)
        #expect(response.errorMessage.contains("the logo must be one of the uploaded files"), "\(response.errorMessage)")
    }

    @Test func aPreviewIsThePNGOfTheAskedPage() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        var second = try MultipartForm.example()
        second.field("page", "2")
        var missing = try MultipartForm.example()
        missing.field("page", "99")
        let (png, none) = try await fixture.test { [second, missing] client in
            (try await client.execute(uri: "/api/preview", method: .post, headers: second.headers, body: second.bytes),
             try await client.execute(uri: "/api/preview", method: .post, headers: missing.headers, body: missing.bytes))
        }
        #expect(png.status == .ok, "\(png.body.text)")
        #expect(png.headers[.contentType] == "image/png")
        #expect(png.body.data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(none.status == .badRequest)
        #expect(none.errorMessage.contains("there is no page 99"), "\(none.errorMessage)")
    }

    @Test func theProgressStreamEndsWithTheReport() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        var form = MultipartForm()
        form.file("letter", filename: "letter.txt", try ServerFixture.letterWithoutLogo())
        form.file("signatories", filename: "list.csv", ServerFixture.signatories(2_500), type: "text/csv")
        let response = try await fixture.test { [form] client in
            try await client.execute(uri: "/api/render", method: .post,
                                     headers: form.headers.merging([.accept: "application/x-ndjson"]), body: form.bytes)
        }
        #expect(response.status == .ok)
        let lines = response.body.text.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]) ?? [:]
        }
        #expect(lines.first?["queued"] as? Bool == true)
        #expect(lines.contains { ($0["progress"] as? [String: Any])?["phase"] as? String == "pages" })
        let report = try #require(lines.last?["report"] as? [String: Any], "\(response.body.text.suffix(300))")
        #expect((report["links"] as? [String: Any])?["previews"] as? [String] != nil)
        #expect(((report["links"] as? [String: Any])?["previews"] as? [String])?.count == 3)
    }
}

extension HTTPFields {
    func merging(_ other: HTTPFields) -> HTTPFields {
        var merged = self
        for field in other { merged[field.name] = field.value }
        return merged
    }
}
