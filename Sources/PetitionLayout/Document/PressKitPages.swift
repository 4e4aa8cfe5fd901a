import DisplayList
import Foundation
import PetitionDocument
import Typography
import Localisation

/// A press kit's cover: the logo, the title and subtitle in the upper third, the date and
/// organiser below, the contact block at the foot. Labelled in the PDF with the
/// `document.cover` term ("Cover", "Couverture").
struct CoverPage {
    /// The logo's largest size, in points.
    static let logoWidth = 170.0, logoHeight = 85.0

    let request: LayoutRequest
    let frame: PageFrame
    let library: FontLibrary

    /// The cover's title: the letter's `Title`, else its opening heading (`# ...` as the first
    /// block); nil when it has neither.
    static func title(of letter: Letter) -> String? {
        if let title = letter.metadata.title, !title.isEmpty { return title }
        guard let first = letter.blocks.first, case .heading = first.kind, !first.text.isEmpty else { return nil }
        return first.text
    }

    /// Whether the letter gives the cover anything to show: a title (see `title(of:)`) or an
    /// organiser. Without either the cover would be a blank page, so it is left out.
    static func hasContent(_ letter: Letter) -> Bool {
        title(of: letter) != nil || !(letter.metadata.organiser ?? letter.metadata.sender ?? "").isEmpty
    }

    func page() -> Page {
        let metadata = request.letter.metadata
        let settings = request.settings
        let stack = TextStack(request: request, frame: frame, library: library)
        let label = request.terms.text(.cover)
        var builder = PageBuilder(width: frame.pageWidth, height: frame.pageHeight, label: label)
        builder.addBookmark(Bookmark(title: label, y: 0))
        let headline = stack.set([
            .init(text: Self.title(of: request.letter) ?? "", size: settings.title.size * 1.25, weight: .bold,
                  spaceAfter: settings.title.spaceAfter, role: .heading),
            .init(text: metadata.subtitle ?? "", size: settings.heading.size * 1.15, spaceAfter: settings.title.spaceAfter * 2),
            .init(text: metadata.date ?? "", size: settings.body.size, spaceAfter: settings.body.leading),
            .init(text: metadata.organiser ?? metadata.sender ?? "", size: settings.heading.size, weight: .bold),
        ])
        TextStack.place(headline, top: frame.top + frame.height * 0.3, into: &builder, firstElement: 0)
        if let logo = request.press.logo, logo.pixelWidth > 0, logo.pixelHeight > 0 {
            let scale = min(Self.logoWidth / Double(logo.pixelWidth), Self.logoHeight / Double(logo.pixelHeight))
            let width = Double(logo.pixelWidth) * scale, height = Double(logo.pixelHeight) * scale
            let image = PlacedImage(path: logo.path, format: logo.format, x: frame.left + (frame.width - width) / 2, y: frame.top,
                                    width: width, height: height)
            // Drawn after the text: cairo 1.16 drops the document's structure tag when a page
            // starts with an image, and refuses an image inside a Figure tag.
            builder.addUntagged([.image(image)])
        }
        let contactLines = (metadata.contact ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let contact = stack.set(contactLines.map { .init(text: $0, size: settings.body.size * 0.9) })
        TextStack.place(contact, top: frame.bottom - TextStack.height(of: contact), into: &builder, firstElement: 10)
        return builder.page
    }
}

/// The last page of a press kit: how many signed (hidden signatures included), the list's
/// digest when known, and when and how the PDF was produced.
struct ColophonPage {
    let request: LayoutRequest
    let frame: PageFrame
    let library: FontLibrary

    /// The page, labelled with the `document.colophon` term: the footers' "page X of Y" count
    /// only the letter and list.
    func page() -> Page {
        let settings = request.settings
        let terms = request.terms
        let title = terms.text(.colophon)
        let stack = TextStack(request: request, frame: frame, library: library)
        var builder = PageBuilder(width: frame.pageWidth, height: frame.pageHeight, label: title)
        var lines: [TextStack.Line] = [
            .init(text: title, size: settings.heading.size, weight: .bold, spaceAfter: settings.heading.spaceAfter * 2,
                  role: .heading),
            .init(text: terms.text(.colophonSignatures, count: request.signatureCount), size: settings.body.size * 1.2,
                  weight: .bold, spaceAfter: settings.body.leading),
        ]
        if let digest = request.listDigest {
            lines.append(.init(text: terms.text(.colophonDigest, ["digest": digest]), size: settings.notes.size,
                               spaceAfter: settings.body.leading))
        }
        // In UTC whatever the machine's zone, so a reproducible build prints the same words.
        let produced = terms.text(.colophonProduced, ["date": terms.date(request.press.producedAt, .producedDate),
                                                      "layout": settings.name])
        lines.append(.init(text: produced, size: settings.notes.size))
        let set = stack.set(lines)
        builder.addBookmark(Bookmark(title: title, y: frame.top))
        TextStack.place(set, top: frame.top + (frame.height - TextStack.height(of: set)) / 2, into: &builder, firstElement: 0)
        return builder.page
    }
}

/// What a press kit's cover and colophon need beyond the letter, the list and the layout.
public struct PressDetails: Sendable {
    /// A PNG or SVG logo for the cover, with its size in pixels (for its proportions).
    public struct Logo: Sendable, Equatable {
        public var path: String
        /// PNG or SVG, as read from the file's content.
        public var format: PlacedImage.Format
        public var pixelWidth: Int
        public var pixelHeight: Int

        public init(path: String, format: PlacedImage.Format, pixelWidth: Int, pixelHeight: Int) {
            self.path = path
            self.format = format
            self.pixelWidth = pixelWidth
            self.pixelHeight = pixelHeight
        }
    }

    public var logo: Logo?
    /// When the PDF was produced (`SOURCE_DATE_EPOCH` for reproducible output).
    public var producedAt: Date

    public init(logo: Logo? = nil, producedAt: Date = Date()) {
        self.logo = logo
        self.producedAt = producedAt
    }
}

/// Short centred paragraphs stacked down a page (the cover's and colophon's lines), each with
/// its own size, weight and space below.
struct TextStack {
    struct Line {
        var text: String
        var size: Double
        var weight: FontWeight = .regular
        var spaceAfter: Double = 0
        var role: StructureRole = .paragraph
    }

    let request: LayoutRequest
    let frame: PageFrame
    let library: FontLibrary

    /// The paragraphs of `lines` set for the text block's width.
    func set(_ lines: [Line]) -> [(line: Line, paragraph: SetParagraph)] {
        lines.filter { !$0.text.isEmpty }.map { line in
            let style = ParagraphStyle(text: TextStyle(fontSet: request.fontSet, weight: line.weight, size: line.size,
                                                       language: request.language),
                                       alignment: .centered, width: frame.width)
            return (line, SetParagraph(line.text, style: style, leading: line.size * 1.25, x: frame.left, library: library))
        }
    }

    /// Height of `set` lines, spaces included.
    static func height(of set: [(line: Line, paragraph: SetParagraph)]) -> Double {
        set.reduce(0) { $0 + Double($1.paragraph.lines.count) * $1.paragraph.leading + $1.line.spaceAfter }
    }

    /// Adds `set` to `builder` from `top` down; addresses become links. Returns the end.
    @discardableResult
    static func place(_ set: [(line: Line, paragraph: SetParagraph)], top: Double, into builder: inout PageBuilder,
                      firstElement: Int) -> Double {
        var y = top
        for (offset, (line, paragraph)) in set.enumerated() {
            let addresses = LinkFinder.addresses(in: line.text).map(\.address)
            for index in paragraph.lines.indices {
                let runs = paragraph.runs(ofLine: index, baseline: LetterPaginator.baseline(top: y, leading: paragraph.leading))
                builder.add(runs, role: line.role, element: firstElement + offset, addresses: addresses)
                y += paragraph.leading
            }
            y += line.spaceAfter
        }
        return y
    }
}
