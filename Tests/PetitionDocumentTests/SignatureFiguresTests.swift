import Testing
@testable import PetitionDocument

struct SignatureDateTests {
    func day(_ text: String, _ order: SignatureDate.SlashedOrder = .dayFirst) -> String? {
        SignatureDate.parse(text, order: order)?.iso
    }

    @Test func calendarDaysRoundTripAndKnowLeapYearsAndWeeks() {
        #expect(CalendarDay(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        #expect(CalendarDay(year: 2000, month: 3, day: 1)?.dayNumber == 11_017)
        #expect(CalendarDay(year: 2024, month: 2, day: 29) != nil && CalendarDay(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2026, month: 4, day: 31) == nil)
        for number in stride(from: -800_000, to: 800_000, by: 997) {
            let (year, month, day) = CalendarDay(dayNumber: number).civil
            #expect(CalendarDay(year: year, month: month, day: day)?.dayNumber == number)
        }
        // 2026-12-03 is a Thursday; its ISO week starts on Monday 30 November.
        #expect(CalendarDay(year: 2026, month: 12, day: 3)?.weekStart.iso == "2026-11-30")
        #expect(CalendarDay(year: 2026, month: 11, day: 30)?.weekStart.iso == "2026-11-30")
        #expect(CalendarDay(year: 1969, month: 12, day: 28)?.weekStart.iso == "1969-12-22")
    }

    @Test func readsISOAndSpreadsheetForms() {
        #expect(day("2026-12-03") == "2026-12-03")
        #expect(day("2026-12-03T14:05:00+01:00") == "2026-12-03")
        #expect(day("2026-12-03 14:05") == "2026-12-03")
        #expect(day("2026/12/03") == "2026-12-03")
        #expect(day("03/12/2026") == "2026-12-03")
        #expect(day("03/12/2026", .monthFirst) == "2026-03-12")
        #expect(day("3-12-2026 14:05") == "2026-12-03")
        #expect(day("03.12.26", .monthFirst) == "2026-12-03", "dotted dates are always day first")
        #expect(day("3 Dec 2026") == "2026-12-03")
        #expect(day("03-Dec-2026") == "2026-12-03")
        #expect(day("December 3, 2026") == "2026-12-03")
        #expect(day("46359") == "2026-12-03", "an Excel serial day number")
        #expect(day("46359.5868") == "2026-12-03")
        #expect(day("1796342400") == "2026-12-04", "Unix seconds")
        #expect(day("1796342400000") == "2026-12-04", "Unix milliseconds")
    }

    @Test func refusesWhatIsNoDate() {
        for text in ["", "yesterday", "31/04/2026", "2026-13-01", "12", "14:05", "12.5", "Smarch 3, 2026", "1/2"] {
            #expect(day(text) == nil, "\(text)")
        }
    }

    func order(_ pairs: [(Int, Int)], fallback: SignatureDate.SlashedOrder) -> (SignatureDate.SlashedOrder, Bool) {
        let decided = SignatureDate.order(of: pairs.map { (first: $0.0, second: $0.1) }, fallback: fallback)
        return (decided.order, decided.certain)
    }

    @Test func theColumnDecidesDayOrMonthFirst() {
        #expect(order([(3, 4), (25, 4)], fallback: .monthFirst) == (.dayFirst, true))
        #expect(order([(3, 4), (4, 25)], fallback: .dayFirst) == (.monthFirst, true))
        #expect(order([(3, 4), (5, 6)], fallback: .monthFirst) == (.monthFirst, false))
        #expect(order([(13, 4), (14, 4), (4, 13)], fallback: .monthFirst) == (.dayFirst, false))
        #expect(SignatureDate.slashedPair("2026-12-03") == nil && SignatureDate.slashedPair("03.12.2026") == nil)
    }
}

struct SignatureFiguresTests {
    func signatory(_ country: String, date: String, line: Int) -> Signatory {
        var signatory = Signatory(name: "P\(line)", country: country, line: line)
        signatory[.date] = date
        return signatory
    }

    @Test func countsGroupsLargestFirstAndSignaturesPerDay() {
        let entries = [signatory("Mali", date: "2026-12-01", line: 2), signatory("France", date: "2026-12-03 10:00", line: 3),
                       signatory("France", date: "03/12/2026", line: 4), signatory("", date: "", line: 5),
                       signatory("Mali", date: "46360", line: 6), signatory("Chad", date: "13/12/2026", line: 7)]
        let figures = SignatureFigures(entries: entries, groups: [], groupColumn: nil, total: 7, file: "s.csv")
        #expect(figures.total == 7 && figures.groupColumn == "country")
        #expect(figures.groups.map(\.name) == ["Mali", "France", "Chad"])
        #expect(figures.groups.map(\.count) == [2, 2, 1])
        #expect(figures.withoutGroup == 1, "the row without a country is no country")
        let timeline = figures.timeline
        #expect(timeline?.interval == .day)
        #expect(timeline?.first.iso == "2026-12-01" && timeline?.last.iso == "2026-12-13")
        #expect(timeline?.counts == [1, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1])
        #expect(timeline?.undated == 1 && timeline?.unreadable == 0)
        #expect(timeline?.slashedOrder == .dayFirst)
        #expect(figures.warnings.isEmpty, "13/12 proves the column is day first")
    }

    @Test func countsTheListsGroupsWhenGroupedAndNamesUnreadableDates() {
        let entries = [signatory("", date: "soon", line: 2), signatory("", date: "2026-01-05", line: 3),
                       signatory("", date: "2026-06-30", line: 4), signatory("", date: "never", line: 5)]
        let groups = [SignatoryGroup(name: "North", range: 0..<1), SignatoryGroup(name: "South", range: 1..<4)]
        let figures = SignatureFigures(entries: entries, groups: groups, groupColumn: "region", total: 4, file: "s.csv")
        #expect(figures.groups.map(\.name) == ["South", "North"] && figures.groupColumn == "region")
        #expect(figures.timeline?.interval == .week)
        #expect(figures.timeline?.starts.first?.iso == "2026-01-05" && figures.timeline?.starts.last?.iso == "2026-06-29")
        #expect(figures.timeline?.counts.reduce(0, +) == 2 && figures.timeline?.unreadable == 2)
        #expect(figures.warnings.map(\.description) == ["s.csv:2:1: warning: 2 dates could not be read (the first: 'soon'); they are left out of the timeline. Write dates as 2026-12-03"])
    }

    @Test func aLongCampaignIsCountedPerMonthAndAmbiguousDatesAreNamed() {
        let entries = [signatory("", date: "01/02/2024", line: 2), signatory("", date: "03/04/2026", line: 3)]
        let figures = SignatureFigures(entries: entries, groups: [], groupColumn: nil, total: 2, file: "s.csv", monthFirst: true)
        #expect(figures.timeline?.interval == .month)
        #expect(figures.timeline?.first.iso == "2024-01-02" && figures.timeline?.starts.count == 27)
        #expect(figures.warnings.first?.message.contains("read month first (nothing in the list decides it)") == true)
    }

    @Test func noDatesNoTimeline() {
        let figures = SignatureFigures(entries: [signatory("Mali", date: "", line: 2)], groups: [], groupColumn: nil, total: 1, file: "s.csv")
        #expect(figures.timeline == nil && figures.warnings.isEmpty)
    }
}
