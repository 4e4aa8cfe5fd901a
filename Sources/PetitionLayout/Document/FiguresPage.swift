import DisplayList
import Foundation
import Localisation
import PetitionDocument
import Typography

extension TermKey {
    static let figuresLabel: TermKey = "figures.label"
    static let figuresTitle: TermKey = "figures.title"
    static let figuresSignatures: TermKey = "figures.signatures"
    static let figuresCountries: TermKey = "figures.countries"
    static let figuresGroups: TermKey = "figures.groups"
    static let figuresLargestCountries: TermKey = "figures.largest-countries"
    static let figuresLargestGroups: TermKey = "figures.largest-groups"
    static let figuresMore: TermKey = "figures.more"
    static let figuresMoreCountries: TermKey = "figures.more-countries"
    static let figuresPerDay: TermKey = "figures.per-day"
    static let figuresPerWeek: TermKey = "figures.per-week"
    static let figuresPerMonth: TermKey = "figures.per-month"
    static let figuresFirst: TermKey = "figures.first"
    static let figuresLast: TermKey = "figures.last"
    static let figuresUndated: TermKey = "figures.undated"
    static let figuresDate: TermKey = "dates.figures"
    static let figuresAxisDate: TermKey = "dates.figures-axis"
}

/// A page of figures after the list: the total, the number of groups, a bar chart of the
/// largest groups and a column chart of signatures over time, in the letter's language.
///
/// Bars are filled boxes in the layout's accent colour; every count is also written beside its
/// bar, so nothing depends on telling colours apart (the page reads the same in grey). Right-to-
/// left documents are mirrored: labels on the right, bars growing leftwards, time running from
/// right to left.
struct FiguresPage {
    /// Groups drawn as bars; the rest are summed in one line.
    static let shownGroups = 10

    let request: LayoutRequest
    let figures: SignatureFigures
    let frame: PageFrame
    let library: FontLibrary

    private var terms: Terms { request.terms }
    private var accent: RGBColor {
        let color = request.settings.accent
        return RGBColor(red: Double(color.red) / 255, green: Double(color.green) / 255, blue: Double(color.blue) / 255)
    }

    /// The page, labelled with the `figures.label` term.
    func page() -> Page {
        let label = terms.text(.figuresLabel)
        var builder = PageBuilder(width: frame.pageWidth, height: frame.pageHeight, label: label)
        builder.addBookmark(Bookmark(title: label, y: frame.top))
        let settings = request.settings
        var y = frame.top
        var element = 0
        func centred(_ text: String, size: Double, weight: FontWeight = .regular, role: StructureRole = .paragraph, after: Double) {
            let line = self.line(text, size: size, weight: weight, x: frame.left, width: frame.width, flush: .centre)
            y += size * 1.25
            builder.add(line.runs(y), role: role, element: element)
            element += 1
            y += after
        }
        centred(terms.text(.figuresTitle), size: settings.heading.size * 1.4, weight: .bold, role: .heading, after: settings.heading.spaceAfter * 2)
        centred(terms.text(.figuresSignatures, count: figures.total), size: settings.title.size * 1.3, weight: .bold, after: 4)
        let groupCount = figures.groups.count
        let isCountry = figures.groupColumn == "country"
        centred(isCountry ? terms.text(.figuresCountries, count: groupCount)
                          : terms.text(.figuresGroups, count: groupCount, ["column": figures.groupColumn]),
                size: settings.heading.size, after: settings.heading.size * 2)
        if !figures.groups.isEmpty {
            heading(isCountry ? terms.text(.figuresLargestCountries) : terms.text(.figuresLargestGroups, ["column": figures.groupColumn]),
                    y: &y, element: &element, into: &builder)
            groupBars(y: &y, element: &element, into: &builder)
        }
        if let timeline = figures.timeline {
            y += settings.heading.size * 1.5
            let key: TermKey = switch timeline.interval {
            case .day: .figuresPerDay
            case .week: .figuresPerWeek
            case .month: .figuresPerMonth
            }
            heading(terms.text(key), y: &y, element: &element, into: &builder)
            timelineChart(timeline, y: &y, element: &element, into: &builder)
        }
        return builder.page
    }

    private func heading(_ text: String, y: inout Double, element: inout Int, into builder: inout PageBuilder) {
        let size = request.settings.heading.size
        let line = self.line(text, size: size, weight: .bold, x: frame.left, width: frame.width, flush: .start)
        y += size * 1.25
        builder.add(line.runs(y), role: .heading, element: element)
        element += 1
        y += size * 0.75
    }

    /// One bar per group, largest first: the name, the bar, the count after it.
    private func groupBars(y: inout Double, element: inout Int, into builder: inout PageBuilder) {
        let size = request.settings.body.size
        let rowHeight = size * 1.7
        let labelWidth = frame.width * 0.32
        let gap = size * 0.6
        let countRoom = size * 5
        let barSpace = frame.width - labelWidth - gap - countRoom
        let shown = figures.groups.prefix(Self.shownGroups)
        let largest = Double(max(shown.first?.count ?? 1, 1))
        for group in shown {
            let baseline = y + size
            let name = line(group.name, size: size, x: frame.left, width: labelWidth, flush: .end)
            builder.add(name.runs(baseline), role: .paragraph, element: element)
            let length = max(barSpace * Double(group.count) / largest, 1)
            let barHeight = size * 1.1
            builder.addUntagged([.box(FilledBox(x: mirrored(frame.left + labelWidth + gap, width: length), y: baseline - size * 0.9,
                                                width: length, height: barHeight, color: accent))])
            let count = line(terms.number(group.count), size: size, weight: .bold,
                             x: frame.left + labelWidth + gap + length + gap, width: countRoom, flush: .start)
            builder.add(count.runs(baseline), role: .paragraph, element: element)
            element += 1
            y += rowHeight
        }
        let rest = figures.groups.dropFirst(Self.shownGroups)
        if !rest.isEmpty {
            let signatures = rest.reduce(0) { $0 + $1.count }
            let number = terms.number(rest.count)
            let text = terms.text(figures.groupColumn == "country" ? .figuresMoreCountries : .figuresMore, count: signatures,
                                  ["countries": number, "groups": number])
            let more = line(text, size: size, x: frame.left + labelWidth + gap, width: frame.width - labelWidth - gap, flush: .start)
            builder.add(more.runs(y + size), role: .paragraph, element: element)
            element += 1
            y += rowHeight
        }
    }

    /// A column per day, week or month between the first and last date, the largest count at
    /// the top of the scale, the first and last dates under the axis.
    private func timelineChart(_ timeline: SignatureFigures.Timeline, y: inout Double, element: inout Int,
                               into builder: inout PageBuilder) {
        let size = request.settings.notes.size + 1
        let body = request.settings.body.size
        let available = frame.bottom - y - body * 6
        let chartHeight = min(max(available, body * 6), frame.height * 0.25)
        let scaleWidth = size * 5
        let left = frame.left + scaleWidth
        let width = frame.width - scaleWidth
        let peak = max(timeline.counts.max() ?? 1, 1)
        let top = y + size
        let bottom = top + chartHeight
        let slot = width / Double(timeline.counts.count)
        let barWidth = max(slot * (timeline.counts.count > 1 ? 0.8 : 0.3), 0.5)
        var bars: [PageItem] = []
        for (index, count) in timeline.counts.enumerated() where count > 0 {
            let height = chartHeight * Double(count) / Double(peak)
            bars.append(.box(FilledBox(x: mirrored(left + slot * Double(index) + (slot - barWidth) / 2, width: barWidth),
                                       y: bottom - height, width: barWidth, height: height, color: accent)))
        }
        bars.append(.rule(Rule(x0: frame.left + (isRightToLeft ? 0 : scaleWidth), y0: bottom,
                               x1: frame.left + frame.width - (isRightToLeft ? scaleWidth : 0), y1: bottom, thickness: 0.5)))
        builder.addUntagged(bars)
        // The scale: the peak at the top, 0 at the axis, beside the chart on the start side.
        for (value, baseline) in [(peak, top + size * 0.35), (0, bottom + size * 0.35)] {
            let label = line(terms.number(value), size: size, x: frame.left, width: scaleWidth - size * 0.5, flush: .end)
            builder.add(label.runs(baseline), role: .paragraph, element: element)
            element += 1
        }
        let axis = bottom + size * 1.5
        let firstLabel = line(date(timeline.starts[0], .figuresAxisDate), size: size, x: left, width: width / 2, flush: .start)
        builder.add(firstLabel.runs(axis), role: .paragraph, element: element)
        if timeline.starts.count > 1, let last = timeline.starts.last {
            let lastLabel = line(date(last, .figuresAxisDate), size: size, x: left + width / 2, width: width / 2, flush: .end)
            builder.add(lastLabel.runs(axis), role: .paragraph, element: element)
        }
        element += 1
        y = axis + body
        var notes = [terms.text(.figuresFirst, ["date": date(timeline.first, .figuresDate)]),
                     terms.text(.figuresLast, ["date": date(timeline.last, .figuresDate)])]
        let undated = timeline.undated + timeline.unreadable
        if undated > 0 { notes.append(terms.text(.figuresUndated, count: undated)) }
        for note in notes {
            let text = line(note, size: body, x: frame.left, width: frame.width, flush: .start)
            y += body * 1.35
            builder.add(text.runs(y), role: .paragraph, element: element)
            element += 1
        }
    }

    private func date(_ day: CalendarDay, _ key: TermKey) -> String {
        terms.date(Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400), key)
    }

    private var isRightToLeft: Bool { request.direction == .rightToLeft }

    /// `x` of a box `width` wide, mirrored across the text block in a right-to-left document.
    private func mirrored(_ x: Double, width: Double) -> Double {
        isRightToLeft ? 2 * frame.left + frame.width - x - width : x
    }

    /// Which edge of its box a label sits against: the start or end of the document's
    /// direction, or the centre.
    private enum Flush {
        case start, end, centre
    }

    /// One line of text set in the box `x`..<`x + width` (mirrored for right-to-left); only its
    /// first line is placed, so a long group name is cut rather than pushed onto the bars.
    private func line(_ text: String, size: Double, weight: FontWeight = .regular, x: Double, width: Double,
                      flush: Flush) -> SetLabel {
        let rightSide: Bool = switch flush {
        case .start: isRightToLeft
        case .end: !isRightToLeft
        case .centre: false
        }
        let style = ParagraphStyle(text: TextStyle(fontSet: request.fontSet, weight: weight, size: size, language: request.language),
                                   alignment: flush == .centre ? .centered : .start, width: width,
                                   startSide: rightSide ? .rightToLeft : .leftToRight)
        let paragraph = SetParagraph(text, style: style, leading: size * 1.25, x: mirrored(x, width: width), library: library)
        return SetLabel(paragraph: paragraph)
    }

    /// A label set and ready to be placed on a baseline.
    private struct SetLabel {
        let paragraph: SetParagraph

        /// The glyph runs of the label's first line on `baseline`.
        func runs(_ baseline: Double) -> [GlyphRun] {
            paragraph.lines.isEmpty ? [] : paragraph.runs(ofLine: 0, baseline: baseline)
        }
    }
}
