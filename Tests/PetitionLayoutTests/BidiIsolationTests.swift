import Testing
@testable import PetitionLayout

/// Which detail fields are set as isolates.
struct BidiIsolationTests {
    @Test func onlyRightToLeftFieldsInMixedLinesAndFieldsWithControlsAreIsolated() {
        let (fsi, pdi) = ("\u{2068}", "\u{2069}")
        #expect(BidiIsolation.isolateFields(["Amnesty", "London"]) == ["Amnesty", "London"])
        #expect(BidiIsolation.isolateFields(["القاهرة", "مصر"]) == ["القاهرة", "مصر"])
        #expect(BidiIsolation.isolateFields(["Amnesty", "القاهرة", "12"]) == ["Amnesty", fsi + "القاهرة" + pdi, "12"])
        #expect(BidiIsolation.isolateFields(["\u{202E}Evil", "Paris"]) == [fsi + "\u{202E}Evil" + pdi, "Paris"])
    }
}
