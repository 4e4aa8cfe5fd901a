import Diagnostics
import PetitionDocument
import PetitionLayout

extension Renderer {
    /// The figures page's numbers for one document (the whole list, or one part of a split
    /// list). Groups are the list's `--group-by` groups; a split
    /// part is one group, so its figures count countries instead.
    func figures(_ list: ProcessedSignatories, entries: SignatoryArray, groups: [ListGroup], total: Int,
                 options: ListOptions, files: [String], language: String) -> SignatureFigures {
        SignatureFigures(entries: entries, groups: groups.map { SignatoryGroup(name: $0.name, range: $0.entries) },
                         groupColumn: options.splitBy == nil ? options.groupBy : nil, total: total, files: files,
                         monthFirst: Self.writesMonthFirst(language))
    }

    /// Whether people writing `language` put the month before the day in `03/04/2026` (the
    /// United States and a few places that follow it); a column that proves its order wins.
    static func writesMonthFirst(_ language: String) -> Bool {
        let subtags = language.split(separator: "-").map { $0.uppercased() }
        return subtags.count > 1 && ["US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "UM", "VI"].contains(subtags.last ?? "")
    }
}

/// The figures page's numbers in `--report json`.
public struct FiguresReport: Codable, Sendable, Equatable {
    public struct Group: Codable, Sendable, Equatable {
        public var name: String
        public var signatures: Int
    }

    public struct Bar: Codable, Sendable, Equatable {
        /// The first day the bar counts, `2026-12-03`.
        public var start: String
        public var signatures: Int
    }

    public struct Timeline: Codable, Sendable, Equatable {
        /// `day`, `week` (from Monday) or `month`.
        public var interval: String
        public var first: String
        public var last: String
        public var bars: [Bar]
        public var undated: Int
        public var unreadable: Int
        /// How dates like 03/04/2026 were read: `day-first` or `month-first`; nil when none were.
        public var slashedDates: String?
    }

    public var total: Int
    /// The column groups come from: `country`, or the `--group-by` column.
    public var groupColumn: String
    public var groupCount: Int
    /// Every group, largest first.
    public var groups: [Group]
    /// Signatures with no value in the group column (not counted as a group).
    public var withoutGroup: Int
    public var timeline: Timeline?

    init(_ figures: SignatureFigures) {
        total = figures.total
        groupColumn = figures.groupColumn
        groupCount = figures.groups.count
        groups = figures.groups.map { Group(name: $0.name, signatures: $0.count) }
        withoutGroup = figures.withoutGroup
        timeline = figures.timeline.map { timeline in
            Timeline(interval: timeline.interval.rawValue, first: timeline.first.iso, last: timeline.last.iso,
                     bars: zip(timeline.starts, timeline.counts).map { Bar(start: $0.iso, signatures: $1) },
                     undated: timeline.undated, unreadable: timeline.unreadable,
                     slashedDates: timeline.slashedOrder.map { $0 == .dayFirst ? "day-first" : "month-first" })
        }
    }
}
