import PetitionDocument
import Typography

/// Keeps pieces of text that are put together (signatory fields, the title in a footer) from
/// reordering each other: a piece holding explicit bidi controls (an override such as U+202E, an
/// embedding, an isolate) is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, which by
/// UAX #9 rule X6a ends everything opened inside it. Pieces without controls stay as they are,
/// so the PDF's text is the source text.
enum BidiIsolation {
    static let firstStrongIsolate: Unicode.Scalar = "\u{2068}"
    static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"

    /// `text`, wrapped in an isolate when it holds explicit bidi controls.
    static func isolate(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isExplicitControl) else { return text }
        return String(firstStrongIsolate) + text + String(popDirectionalIsolate)
    }

    /// `fields` to be joined into one line (a signatory's organisation, city, country), each
    /// wrapped in an isolate when it holds explicit bidi controls, or when it holds a right-to-left
    /// letter and another field a left-to-right one. So fields in Arabic or Hebrew keep their order
    /// in a mixed line (without it, `Amnesty, القاهرة, مصر` reads the two Arabic fields as one
    /// right-to-left run and swaps them). Lines in one direction stay as they are, so their PDF
    /// text is the source text.
    static func isolateFields(_ fields: [String]) -> [String] {
        let hasRightToLeft = fields.map { $0.unicodeScalars.contains(where: isRightToLeftLetter) }
        let mixed = hasRightToLeft.contains(true) && fields.contains { field in
            field.unicodeScalars.contains { $0.properties.isAlphabetic && !isRightToLeftLetter($0) }
        }
        return zip(fields, hasRightToLeft).map { field, rightToLeft in
            guard (mixed && rightToLeft) || field.unicodeScalars.contains(where: isExplicitControl) else { return field }
            return String(firstStrongIsolate) + field + String(popDirectionalIsolate)
        }
    }

    /// A letter of a right-to-left script: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
    /// Mandaic and their presentation forms, and the right-to-left blocks of the SMP.
    static func isRightToLeftLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x05D0...0x05FF, 0x0600...0x06FF, 0x0700...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF,
             0x1E800...0x1EFFF:
            scalar.properties.isAlphabetic
        default: false
        }
    }

    /// LRE, RLE, PDF, LRO, RLO (U+202A-U+202E) and LRI, RLI, FSI, PDI (U+2066-U+2069).
    static func isExplicitControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}

extension LayoutRequest {
    /// The direction a document is set in: right to left when its language is written so
    /// (Arabic, Persian, Hebrew, Urdu...) or, whatever the language says, when the letter's first
    /// strong character is right to left (a Hebrew letter with no Language header).
    static func documentDirection(language: String, letter: Letter) -> TextDirection {
        if TextDirection(language: language) == .rightToLeft { return .rightToLeft }
        let texts = [letter.metadata.title].compactMap { $0 } + letter.blocks.map(\.text)
        for text in texts {
            if let direction = TextDirection.firstStrong(in: text) { return direction }
        }
        return .leftToRight
    }
}

extension PageFrame {
    /// The frame of a right-to-left document: the inner margin (the binding side) is on the right.
    func mirrored(for direction: TextDirection) -> PageFrame {
        guard direction == .rightToLeft else { return self }
        var frame = self
        frame.left = pageWidth - left - width
        return frame
    }
}

extension LayoutRequest {
    /// The direction of one paragraph of the letter. In a right-to-left document a paragraph with
    /// any right-to-left letter is right to left, even when it opens with a Latin name or acronym
    /// ("UNICEF ..."); otherwise its first strong character decides (a paragraph in another
    /// language), and one with no strong character at all follows the document.
    func paragraphDirection(for text: String) -> TextDirection {
        if direction == .rightToLeft,
           BidiLevels(utf16: Array(text.utf16), direction: .leftToRight).levels.contains(where: { $0 % 2 == 1 }) {
            return .rightToLeft
        }
        return TextDirection.firstStrong(in: text) ?? direction
    }
}

extension LayoutRequest {
    /// How many of the list's first entries decide which way it mostly runs: more than fill the
    /// rest of a letter's last page in any layout.
    static let entriesSampledForDirection = 300

    /// Whether the list (with its heading) starts on a page of its own instead of under the
    /// letter's last lines: when most letters of its first entries run against the letter's
    /// direction (Latin names after an Arabic letter, Arabic names after an English one).
    ///
    /// poppler (pdftotext, Evince, Okular) takes a page's reading direction from the majority of
    /// its letters and copies every line of the other direction out of order, so an Arabic letter
    /// that shares its last page with 25 Latin names reads 80 % of its words in order, and 100 %
    /// alone. A page of its own costs at most one page.
    var listStartsOwnPage: Bool {
        var rightToLeft = 0
        var leftToRight = 0
        for signatory in signatories.prefix(Self.entriesSampledForDirection) {
            for field in [signatory.name, signatory.details] {
                for scalar in field.unicodeScalars {
                    if scalar.value < 0x80 {
                        if scalar.properties.isAlphabetic { leftToRight += 1 }
                    } else if BidiIsolation.isRightToLeftLetter(scalar) {
                        rightToLeft += 1
                    } else if scalar.properties.isAlphabetic {
                        leftToRight += 1
                    }
                }
            }
        }
        return direction == .rightToLeft ? leftToRight > rightToLeft : rightToLeft > leftToRight
    }
}

extension ParagraphStyle {
    /// This style for `text`, set in the direction of its own first strong character (as if it
    /// were a first-strong isolate), or the start side's when it has none (digits, an initial):
    /// each signatory entry and each paragraph resolves its bidi on its own.
    func directed(for text: String) -> ParagraphStyle {
        var style = self
        style.direction = TextDirection.firstStrong(in: text) ?? startSide ?? .leftToRight
        return style
    }
}
