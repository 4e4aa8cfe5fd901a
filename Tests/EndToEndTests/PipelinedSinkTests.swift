import DisplayList
import Testing
@testable import PetitionPrinter

/// The hand-over between the layout thread and the writing thread.
@Suite struct PipelinedSinkTests {
    /// Notes the width of each page it is given; fails on the page numbered `failAt`.
    final class Recorder: PageSink, @unchecked Sendable {
        var widths: [Double] = []
        let failAt: Int?

        init(failAt: Int? = nil) { self.failAt = failAt }

        func add(_ page: Page) throws {
            if widths.count + 1 == failAt { throw RecorderError() }
            widths.append(page.width)
        }
    }

    struct RecorderError: Error {}

    @Test func everyPageReachesTheWriterInOrder() throws {
        let recorder = Recorder()
        let sink = PipelinedSink(recorder)
        for width in 1...50 {
            try sink.add(Page(width: Double(width), height: 10, items: [.rule(Rule(x0: 0, y0: 0, x1: 1, y1: 1, thickness: 1))]))
        }
        try sink.close()
        #expect(recorder.widths == (1...50).map(Double.init))
    }

    @Test func theWritersErrorComesBackAndLaterPagesAreNotWritten() throws {
        let recorder = Recorder(failAt: 3)
        let sink = PipelinedSink(recorder)
        // `add` may or may not see the error first, depending on timing; `close` always does.
        for width in 1...20 { try? sink.add(Page(width: Double(width), height: 10)) }
        #expect(throws: RecorderError.self) { try sink.close() }
        #expect(recorder.widths == [1, 2])
    }
}
