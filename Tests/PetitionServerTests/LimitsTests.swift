import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import PetitionServer

/// The server's limits: upload size, render slots and queue, time, temporary folders, logs.
@Suite("The server's limits")
struct LimitsTests {
    @Test func anUploadOverTheLimitIs413BeforeItsBodyIsRead() async throws {
        let fixture = try ServerFixture(maxUpload: 64 << 10)
        defer { fixture.removeAll() }
        var form = MultipartForm()
        form.file("letter", filename: "letter.txt", Data(repeating: UInt8(ascii: "a"), count: 100 << 10))
        var declared = form.headers
        declared[.contentLength] = String(form.bytes.readableBytes)
        let (streamed, announced) = try await fixture.test { [form, declared] client in
            (try await client.execute(uri: "/api/render", method: .post, headers: form.headers, body: form.bytes),
             try await client.execute(uri: "/api/render", method: .post, headers: declared, body: form.bytes))
        }
        for response in [streamed, announced] {
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.connection] == "close")
            #expect(response.errorMessage == "the upload is larger than the server's limit of 64 KB (--max-upload)")
            // An error about no file is still a Diagnostic: severity and message, no place.
            let diagnostic = response.errorDiagnostics.first
            #expect(response.errorDiagnostics.count == 1)
            #expect(diagnostic?["severity"] as? String == "error")
            #expect(diagnostic?["message"] as? String == response.errorMessage)
            #expect(diagnostic?["file"] == nil && diagnostic?["line"] == nil)
        }
        #expect(fixture.requestFolders.isEmpty)
    }

    @Test func whenEverySlotAndQueuePlaceIsTakenTheAnswerIs503WithRetryAfter() async throws {
        let fixture = try ServerFixture(slots: 1, queue: 0)
        defer { fixture.removeAll() }
        let slots = fixture.server.run.slots
        #expect(slots.reserve())
        await slots.waitForSlot()
        let form = try MultipartForm.example()
        let busy = try await fixture.test { [form] client in
            try await client.execute(uri: "/api/render", method: .post, headers: form.headers, body: form.bytes)
        }
        slots.release()
        let free = try await fixture.test { [form] client in
            try await client.execute(uri: "/api/render", method: .post, headers: form.headers, body: form.bytes)
        }
        #expect(busy.status == .serviceUnavailable)
        #expect(Int(busy.headers[.retryAfter] ?? "") ?? 0 >= 1)
        #expect(free.status == .ok, "\(free.body.text)")
        try await fixture.settle()
        #expect(fixture.requestFolders.isEmpty)
    }

    @Test func waitingRequestsRunInTurnAndAllSucceed() async throws {
        let fixture = try ServerFixture(slots: 1, queue: 3)
        defer { fixture.removeAll() }
        let form = try MultipartForm.example()
        let statuses = try await fixture.test { [form] client in
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await client.execute(uri: "/api/render", method: .post, headers: form.headers, body: form.bytes).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        #expect(statuses == [.ok, .ok, .ok, .ok])
        try await fixture.settle()
        #expect(fixture.server.run.slots.load == (0, 0))
    }

    @Test func aRenderPastTheTimeoutIsStoppedAndAnswered504() async throws {
        let fixture = try ServerFixture(maxUpload: 8 << 20, timeout: .milliseconds(200), slots: 1, queue: 0)
        defer { fixture.removeAll() }
        var form = MultipartForm()
        form.file("letter", filename: "letter.txt", try ServerFixture.letterWithoutLogo())
        form.file("signatories", filename: "list.csv", ServerFixture.signatories(30_000), type: "text/csv")
        let response = try await fixture.test { [form] client in
            try await client.execute(uri: "/api/render", method: .post, headers: form.headers, body: form.bytes)
        }
        #expect(response.status == .gatewayTimeout)
        #expect(response.errorMessage.contains("--timeout"), "\(response.errorMessage)")
        // The render itself stops at its next progress point and gives back its slot and folder.
        try await fixture.settle()
        #expect(fixture.server.run.slots.load == (0, 0), "the stopped render kept its slot")
        #expect(fixture.requestFolders.isEmpty, "the stopped render kept its folder")
        // It ended by its progress handler's stop, not by running to the end.
        #expect(fixture.server.run.stopped.value == 1)
    }

    @Test func shutdownRemovesEveryRequestsFolder() throws {
        let fixture = try ServerFixture()
        let folder = try fixture.server.folders.makeRequestFolder()
        #expect(FileManager.default.fileExists(atPath: folder.inputs.path))
        fixture.server.shutdown()
        #expect(!FileManager.default.fileExists(atPath: fixture.server.folders.root.path))
        fixture.removeAll()
    }

    @Test func eachRequestLogsOneLineWithoutItsContent() async throws {
        let fixture = try ServerFixture()
        defer { fixture.removeAll() }
        var form = MultipartForm()
        form.file("letter", filename: "secret-campaign.txt", Data("Title: Water\n\nClean water for Ramsbottom now.\n".utf8))
        form.file("signatories", filename: "members.csv", Data("name,city,email\nZebediah Quux,Ramsbottom,zq@example.org\n".utf8))
        _ = try await fixture.test { [form] client in
            _ = try await client.execute(uri: "/api/render", method: .post, headers: form.headers, body: form.bytes)
            _ = try await client.execute(uri: "/healthz", method: .get)
        }
        let lines = fixture.log.all
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.contains("POST /api/render 200") == true, "\(lines)")
        for secret in ["Zebediah", "Quux", "Ramsbottom", "example.org", "secret-campaign", "members"] {
            #expect(!lines.joined().contains(secret), "the log shows '\(secret)'")
        }
    }

    @Test func slotsHandOutTurnsInArrivalOrder() async throws {
        let slots = RenderSlots(slots: 1, queueLength: 2)
        #expect(slots.reserve() && slots.reserve() && slots.reserve())
        #expect(!slots.reserve(), "a fourth place was handed out")
        await slots.waitForSlot()
        let order = LogLines()
        let second = Task { await slots.waitForSlot(); order.append("second") }
        try await Task.sleep(for: .milliseconds(50))
        let third = Task { await slots.waitForSlot(); order.append("third") }
        try await Task.sleep(for: .milliseconds(50))
        #expect(slots.load == (1, 2))
        slots.release()
        await second.value
        slots.release()
        await third.value
        slots.release()
        #expect(order.all == ["second", "third"])
        #expect(slots.load == (0, 0))
    }
}
