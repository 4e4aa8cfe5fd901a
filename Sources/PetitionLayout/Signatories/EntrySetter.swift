import Diagnostics
import DisplayList
import LayoutFile
import PetitionDocument
import Typography
import Foundation

/// Sets one signatory entry: an optional number in a gutter, the name in the name style, then a
/// smaller line with the details (title, organisation, city, country), each wrapping with a
/// hanging indent inside the column. Names are never hyphenated; an entry is never split.
/// Plain left-to-right texts come from cached word shapes; the rest go through the paragraph path.
struct EntrySetter {
    let name: ParagraphStyle
    let details: ParagraphStyle
    let nameLeading: Double
    let detailLeading: Double
    let spacing: Double
    let fields: [SignatoryField]
    /// Width of the number gutter before the name; 0 without numbering.
    let numberWidth: Double
    let library: FontLibrary
    private(set) var wordLines: WordLineSetter
    private(set) var paragraphs: ParagraphCache
    private(set) var inkBoxes: GlyphInkBoxes

    /// The same setter with empty caches of its own, for another thread.
    func withOwnCaches() -> EntrySetter {
        var setter = self
        setter.wordLines = WordLineSetter(cache: WordCache(library: library))
        setter.paragraphs = ParagraphCache()
        setter.inkBoxes = GlyphInkBoxes(library: library)
        return setter
    }

    /// One text of an entry, set.
    enum SetText {
        /// In lines of cached words.
        case words(WordLineSetter.Lines)
        /// Boxed: a set paragraph is large, and a text is passed around a few times per entry;
        /// most texts of a list are set in words.
        indirect case paragraph(SetParagraph)

        var lineCount: Int {
            switch self {
            case .words(let words): words.count
            case .paragraph(let paragraph): paragraph.lines.count
            }
        }
    }

    /// The entry's height and the warnings its texts give (missing glyphs, overfull lines).
    func measure(_ signatory: Signatory, at location: SourceLocation) -> (height: Double, warnings: [Diagnostic]) {
        wordLines.cache.makeRoomIfFull()
        var warnings: [Diagnostic] = []
        let name = set(signatory.name, style: self.name, leading: nameLeading, x: 0, warnings: &warnings, at: location)
        let details = setDetails(of: signatory, x: 0, warnings: &warnings, at: location)
        var room = 0.0
        if let details, mayReachAcross(signatory) {
            room = inkRoom(name: name, details: details)
            if room > 0 { inkBoxes.measuredRooms[roomKey(signatory)] = room }
        }
        return (height(name: name, details: details) + room, warnings)
    }

    /// Adds the glyph runs of the entry with its top at `top` in a column starting at `x` to
    /// `runs`, and returns the height it takes; `number` is the label printed in the gutter ("1,204.").
    ///
    /// Every part of an entry prints solid black: weight and size set the name apart. Grey text
    /// is screened by printers, and at the details' 6.5 pt that makes letters ragged; a colour
    /// change per run also made cairo close and reopen a text object three times per entry.
    func place(_ signatory: Signatory, number: String?, x: Double, top: Double, into runs: inout [GlyphRun]) -> Double {
        wordLines.cache.makeRoomIfFull()
        var ignored: [Diagnostic] = []
        // The number gutter is on the start side: on the right in a right-to-left document.
        let rightToLeft = name.startSide == .rightToLeft
        let textX = rightToLeft ? x : x + numberWidth
        if let number {
            let style = name.text.with(weight: .regular)
            let end = rightToLeft ? x + name.width + numberWidth : textX - name.text.size * 0.3
            wordLines.drawLabel(number, style: style, endingAt: end, baseline: baseline(top, nameLeading), into: &runs)
        }
        let nameText = set(signatory.name, style: name, leading: nameLeading, x: textX, warnings: &ignored, at: nil)
        var y = top
        draw(nameText, style: name, leading: nameLeading, x: textX, top: &y, into: &runs)
        let details = setDetails(of: signatory, x: textX, warnings: &ignored, at: nil)
        let room = details != nil && mayReachAcross(signatory) ? inkBoxes.measuredRooms[roomKey(signatory)] ?? 0 : 0
        if let details {
            y += room
            draw(details, style: self.details, leading: detailLeading, x: textX, top: &y, into: &runs)
        }
        return height(name: nameText, details: details) + room
    }

    /// Room added between the name and the detail line when their ink would touch: a Javanese
    /// or Chakma name's subscript, or a Thai name's vowel below, reaches down into the detail
    /// line at a Latin leading. Asked only of entries with a letter of a script that reaches that
    /// far (`mayReachAcross`). Placing takes the room measuring found: the setter that measured
    /// an entry draws it, and keeps the rooms that are not 0 (`GlyphInkBoxes.measuredRooms`), so
    /// even a list of a million Thai names keeps only the few entries whose ink would touch.
    private func inkRoom(name: SetText, details: SetText) -> Double {
        var y = 0.0
        var nameRuns: [GlyphRun] = []
        draw(name, style: self.name, leading: nameLeading, x: 0, top: &y, into: &nameRuns)
        var detailRuns: [GlyphRun] = []
        draw(details, style: self.details, leading: detailLeading, x: 0, top: &y, into: &detailRuns)
        return InkClearance.room(between: nameRuns, and: detailRuns, size: self.details.text.size, boxes: inkBoxes)
    }

    /// An entry's key in `GlyphInkBoxes.measuredRooms`: a hash of the texts the room depends
    /// on, its name and printed details (two entries with the same texts need the same room).
    private func roomKey(_ signatory: Signatory) -> Int {
        var hasher = Hasher()
        hasher.combine(signatory.name)
        for field in fields { hasher.combine(text(of: field, in: signatory)) }
        return hasher.finalize()
    }

    /// Scripts whose letters stay within the line a Latin leading gives: Latin, Greek, Cyrillic
    /// and Armenian, and the em box of Chinese, Japanese and Korean. An entry in only these (and
    /// spaces, digits, punctuation and marks) is not checked, which keeps measuring a list of
    /// them as fast as before.
    private static let scriptsWithinTheLine: Set<String> = ["Latn", "Grek", "Cyrl", "Armn", "Zyyy", "Zinh", "Hani", "Hira", "Kana", "Hang", "Bopo"]

    /// Whether a letter of the entry's name or printed details is of a script outside
    /// `scriptsWithinTheLine`. Latin, Greek, Cyrillic and Armenian lie below U+0590, so only
    /// scalars from there on are looked up.
    private func mayReachAcross(_ signatory: Signatory) -> Bool {
        func reaches(_ text: String) -> Bool {
            text.unicodeScalars.contains { $0.value >= 0x590 && !Self.scriptsWithinTheLine.contains(Script(of: $0).isoCode) }
        }
        return reaches(signatory.name) || fields.contains { reaches(text(of: $0, in: signatory)) }
    }

    /// The detail line set, or nil when the entry has none. A line of plain left-to-right fields
    /// is set straight from their bytes joined by ", " (bidi isolation leaves such fields as they
    /// are); any other goes through ``detailLine(of:)``.
    private func setDetails(of signatory: Signatory, x: Double, warnings: inout [Diagnostic], at location: SourceLocation?) -> SetText? {
        let length = fields.reduce(0) { $0 + text(of: $1, in: signatory).utf8.count }
        guard length > 0 else { return nil }
        if details.startSide != .rightToLeft, let lines = plainDetailLines(of: signatory, length: length),
           lines.count <= Self.maximumLines {
            if !lines.missing.isEmpty {
                let text = detailLine(of: signatory)
                warnings += LayoutWarnings.missingGlyphs(lines.missing.map { ($0, nil) }, in: text, at: location)
            }
            return .words(lines)
        }
        return set(detailLine(of: signatory), style: details, leading: detailLeading, x: x, warnings: &warnings, at: location)
    }

    /// The detail line's fields joined in a buffer on the stack and set from cached words, or
    /// nil when they are not plain left-to-right text; `length` is their total UTF-8 length.
    private func plainDetailLines(of signatory: Signatory, length: Int) -> WordLineSetter.Lines? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length + 2 * fields.count) { buffer in
            var count = 0
            for field in fields {
                var value = text(of: field, in: signatory)
                guard !value.isEmpty else { continue }
                if count > 0 {
                    buffer[count] = UInt8(ascii: ",")
                    buffer[count + 1] = UInt8(ascii: " ")
                    count += 2
                }
                value.withUTF8 { bytes in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(fromContentsOf: bytes)
                }
                count += value.utf8.count
            }
            return wordLines.lines(UnsafeBufferPointer(rebasing: buffer[..<count]), style: details.text, width: details.width,
                                   indent: details.hangingIndent)
        }
    }

    private func height(name: SetText, details: SetText?) -> Double {
        Double(name.lineCount) * nameLeading + Double(details?.lineCount ?? 0) * detailLeading + spacing
    }

    private func set(_ text: String, style: ParagraphStyle, leading: Double, x: Double,
                     warnings: inout [Diagnostic], at location: SourceLocation?) -> SetText {
        var set = setAsIs(text, style: style, leading: leading, x: x)
        if !Self.fits(set), let fitted = fitted(text, style: style, leading: leading, x: x) {
            set = fitted.set
            warnings.append(Diagnostic.warning(at: location, "a signatory's text does not fit its column (more than \(Self.maximumLines) lines "
                + "or a word wider than the column); it prints cut after \(fitted.keptCharacters) characters with an ellipsis"))
        }
        switch set {
        case .words(let lines):
            warnings += LayoutWarnings.missingGlyphs(lines.missing.map { ($0, nil) }, in: text, at: location)
        case .paragraph(let paragraph):
            warnings += LayoutWarnings.for(paragraph, at: location)
        }
        return set
    }

    func setAsIs(_ text: String, style: ParagraphStyle, leading: Double, x: Double) -> SetText {
        // Cached words are set left to right from the left edge: not for a right-to-left page.
        if style.startSide != .rightToLeft,
           let lines = wordLines.lines(text, style: style.text, width: style.width, indent: style.hangingIndent) {
            return .words(lines)
        }
        // Each entry resolves its bidi alone (a first-strong isolate), so no name moves another.
        var paragraph = paragraphs.paragraph(text, style: style, leading: leading) {
            SetParagraph(text, style: style.directed(for: text), leading: leading, x: 0, library: library)
        }
        paragraph.x = x
        return .paragraph(paragraph)
    }

    private func draw(_ text: SetText, style: ParagraphStyle, leading: Double, x: Double, top y: inout Double,
                      into runs: inout [GlyphRun]) {
        switch text {
        case .words(let words):
            for line in 0..<words.count {
                let indent = line == 0 ? 0 : style.hangingIndent
                wordLines.draw(words, line: line, style: style.text, x: x + indent, baseline: baseline(y, leading), into: &runs)
                y += leading
            }
        case .paragraph(let paragraph):
            for index in paragraph.lines.indices {
                runs += paragraph.runs(ofLine: index, baseline: baseline(y, leading))
                y += leading
            }
        }
    }

    private func baseline(_ top: Double, _ leading: Double) -> Double {
        LetterPaginator.baseline(top: top, leading: leading)
    }

    private func detailLine(of signatory: Signatory) -> String {
        BidiIsolation.isolateFields(fields.map { text(of: $0, in: signatory) }.filter { !$0.isEmpty }).joined(separator: ", ")
    }

    private func text(of field: SignatoryField, in signatory: Signatory) -> String {
        switch field {
        case .title: signatory.title
        case .organisation: signatory.organisation
        case .city: signatory.city
        case .country: signatory.country
        }
    }
}

extension TextStyle {
    /// The same style in another weight.
    func with(weight: FontWeight) -> TextStyle {
        var style = self
        style.weight = weight
        return style
    }
}

/// Keeps every signatory text inside its column: a text that needs more than `maximumLines`
/// lines, or holds a word wider than the column (a 2,000-character URL), is cut to the longest
/// start that fits, followed by "…", and reported. Names are already at most
/// `FieldSanitizer.maximumCharacters` long when they get here, so this is rare and the search
/// (a bisection over the characters kept) stays cheap.
extension EntrySetter {
    /// Lines one text of an entry (the name, or the detail line) may take.
    static let maximumLines = 12

    /// Whether a set text stays inside its column.
    static func fits(_ set: SetText) -> Bool {
        guard set.lineCount <= maximumLines else { return false }
        if case .paragraph(let paragraph) = set { return paragraph.overfullLineCount == 0 }
        return true
    }

    /// The longest start of `text` that fits with an ellipsis after it, set, and how many
    /// characters it keeps; `nil` when not even the ellipsis alone fits.
    func fitted(_ text: String, style: ParagraphStyle, leading: Double,
                x: Double) -> (set: SetText, keptCharacters: Int)? {
        let characters = Array(text)
        func attempt(_ count: Int) -> SetText {
            let kept = String(characters[..<count]).trimmingCharacters(in: .whitespaces)
            return setAsIs(kept + "…", style: style, leading: leading, x: x)
        }
        var best = attempt(0)
        guard Self.fits(best) else { return nil }
        var low = 0
        var high = characters.count
        while low < high {
            let middle = (low + high + 1) / 2
            let set = attempt(middle)
            if Self.fits(set) {
                low = middle
                best = set
            } else {
                high = middle - 1
            }
        }
        return (best, low)
    }
}
