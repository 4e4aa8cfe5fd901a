import Diagnostics

/// The numbers a press officer wants at a glance: how many signed, from how many groups
/// (countries by default), the largest groups, and how signatures came in over time.
///
/// Counted over the entries as they print: a privacy preset that withholds the country or the
/// date (`anonymous`, `hidden`) withholds it here too, and such entries count as without a group
/// or undated. The total also counts signatures the `hidden` preset kept off the page.
public struct SignatureFigures: Sendable, Equatable {
    /// A group and how many of the entries are in it.
    public struct GroupCount: Sendable, Equatable {
        public var name: String
        public var count: Int
    }

    /// The length of a timeline's bars.
    public enum Interval: String, Sendable {
        case day, week, month
    }

    /// Signatures per day, week or month between the first and the last date of the list.
    public struct Timeline: Sendable, Equatable {
        public var interval: Interval
        /// The earliest and latest day a signature is dated.
        public var first: CalendarDay
        public var last: CalendarDay
        /// The day each bar starts (a Monday for weeks, the 1st for months), consecutive, no gaps.
        public var starts: [CalendarDay]
        /// Signatures in each bar, in the order of `starts`.
        public var counts: [Int]
        /// Entries with an empty date.
        public var undated: Int
        /// Entries whose date could not be read, and the first such line.
        public var unreadable: Int
        /// How `03/04/2026`-style dates were read, when the list had any.
        public var slashedOrder: SignatureDate.SlashedOrder?
    }

    /// Signatures counted: printed entries and any the privacy preset hid.
    public var total: Int
    /// The column the groups come from (`country`, or the `--group-by` column).
    public var groupColumn: String
    /// Every group, largest first (ties in list order), without the entries that have no value
    /// (the group `SignatoryGroup.otherName`), which `withoutGroup` counts.
    public var groups: [GroupCount]
    /// Entries with no value in the group column.
    public var withoutGroup: Int
    /// The timeline, when some entry has a date.
    public var timeline: Timeline?
    /// Dates that could not be read, or were read in an order the list did not prove.
    public var warnings: [Diagnostic]

    /// Bars a timeline has at most per day; longer spans are counted per week, then per month.
    public static let maximumDailyBars = 62
    public static let maximumWeeklyBars = 62

    /// Figures of `entries`. With `groups` (the list's groups, ranges into `entries`), those
    /// are counted; without, entries are grouped by country. `monthFirst` reads `03/04/2026`
    /// as 4 March when nothing in the column decides (a US letter, say); day-first otherwise.
    public init(entries: some RandomAccessCollection<Signatory>, groups: [SignatoryGroup], groupColumn: String?, total: Int,
                file: String, monthFirst: Bool = false) {
        self.total = total
        self.groupColumn = groupColumn ?? "country"
        var counts: [GroupCount]
        if groupColumn != nil, !groups.isEmpty {
            counts = groups.map { GroupCount(name: $0.name, count: $0.range.count) }
        } else {
            var index: [String: Int] = [:]
            counts = []
            for entry in entries {
                let name = entry.country.isEmpty ? SignatoryGroup.otherName : entry.country
                if let at = index[name] { counts[at].count += 1 } else {
                    index[name] = counts.count
                    counts.append(GroupCount(name: name, count: 1))
                }
            }
        }
        withoutGroup = counts.first { $0.name == SignatoryGroup.otherName }?.count ?? 0
        self.groups = counts.enumerated().filter { $0.element.name != SignatoryGroup.otherName }
            .sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
        var warnings: [Diagnostic] = []
        timeline = Self.timeline(of: entries, file: file, monthFirst: monthFirst, warnings: &warnings)
        self.warnings = warnings
    }

    private static func timeline(of entries: some RandomAccessCollection<Signatory>, file: String, monthFirst: Bool,
                                 warnings: inout [Diagnostic]) -> Timeline? {
        var distinct = Set<String>()
        for entry in entries where !entry[.date].isEmpty { distinct.insert(entry[.date]) }
        guard !distinct.isEmpty else { return nil }
        let pairs = distinct.compactMap(SignatureDate.slashedPair)
        let decided = SignatureDate.order(of: pairs, fallback: monthFirst ? .monthFirst : .dayFirst)
        var days: [String: CalendarDay?] = [:]
        for text in distinct { days[text] = SignatureDate.parse(text, order: decided.order) }
        var (undated, unreadable, firstUnreadable) = (0, 0, nil as Signatory?)
        var dated: [CalendarDay] = []
        dated.reserveCapacity(entries.count)
        for entry in entries {
            let text = entry[.date]
            if text.isEmpty { undated += 1; continue }
            guard let day = days[text] ?? nil else {
                unreadable += 1
                if firstUnreadable == nil { firstUnreadable = entry }
                continue
            }
            dated.append(day)
        }
        if let entry = firstUnreadable {
            warnings.append(Diagnostic.warning(at: SourceLocation(file: file, line: entry.line, column: 1),
                                    "\(unreadable) date\(unreadable == 1 ? "" : "s") could not be read (the first: '\(entry[.date])'); "
                                    + "they are left out of the timeline. Write dates as 2026-12-03"))
        }
        if !pairs.isEmpty, !decided.certain {
            let example = pairs.first.map { "\($0.first)/\($0.second)" } ?? ""
            let contradictory = pairs.contains { $0.first > 12 } && pairs.contains { $0.second > 12 }
            let reason = contradictory ? "the list has dates that can only be day first and others that can only be month first; "
                + "more of them prove this order" : "nothing in the list decides it"
            warnings.append(Diagnostic.warning(at: SourceLocation(file: file, line: 1, column: 1),
                                    "dates such as \(example) were read \(decided.order == .dayFirst ? "day first" : "month first") "
                                    + "(\(reason)); write 2026-12-03 to be sure"))
        }
        guard let first = dated.min(), let last = dated.max() else { return nil }
        let span = last.dayNumber - first.dayNumber + 1
        let interval: Interval = span <= maximumDailyBars ? .day
            : (last.weekStart.dayNumber - first.weekStart.dayNumber) / 7 < maximumWeeklyBars ? .week : .month
        func start(_ day: CalendarDay) -> CalendarDay {
            switch interval {
            case .day: day
            case .week: day.weekStart
            case .month: day.monthStart
            }
        }
        var starts = [start(first)]
        while starts[starts.count - 1] < start(last) {
            let previous = starts[starts.count - 1]
            switch interval {
            case .day: starts.append(CalendarDay(dayNumber: previous.dayNumber + 1))
            case .week: starts.append(CalendarDay(dayNumber: previous.dayNumber + 7))
            case .month: starts.append(CalendarDay(dayNumber: previous.dayNumber + 31).monthStart)
            }
        }
        var index: [CalendarDay: Int] = [:]
        for (offset, day) in starts.enumerated() { index[day] = offset }
        var counts = [Int](repeating: 0, count: starts.count)
        for day in dated { if let bar = index[start(day)] { counts[bar] += 1 } }
        return Timeline(interval: interval, first: first, last: last, starts: starts, counts: counts, undated: undated,
                        unreadable: unreadable, slashedOrder: pairs.isEmpty ? nil : decided.order)
    }
}
