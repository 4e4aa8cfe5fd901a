import DisplayList
import Foundation
import Typography

/// The last page of a press kit: how many signed (hidden signatures included), the list's
/// digest when known, and when and how the PDF was produced.
struct ColophonPage {
    static let title = "Colophon"

    let request: LayoutRequest
    let frame: PageFrame
    let library: FontLibrary

    /// The page, labelled "Colophon": the footers' "page X of Y" count only the letter and list.
    func page() -> Page {
        let settings = request.settings
        let stack = TextStack(request: request, frame: frame, library: library)
        var builder = PageBuilder(width: frame.pageWidth, height: frame.pageHeight, label: Self.title)
        let count = request.signatureCount
        let countText = CountFormatter(language: request.language).string(count)
        var lines: [TextStack.Line] = [
            .init(text: Self.title, size: settings.heading.size, weight: .bold, spaceAfter: settings.heading.spaceAfter * 2,
                  role: .heading),
            .init(text: "\(countText) signature\(count == 1 ? "" : "s")", size: settings.body.size * 1.2, weight: .bold,
                  spaceAfter: settings.body.leading),
        ]
        if let digest = request.listDigest {
            lines.append(.init(text: "List digest: \(digest)", size: settings.notes.size, spaceAfter: settings.body.leading))
        }
        lines.append(.init(text: "Produced \(Self.dateText(request.press.producedAt)) with Petition Printer, layout "
                           + "\u{201C}\(settings.name)\u{201D}: text shaped with HarfBuzz, lines broken with the "
                           + "Knuth\u{2013}Plass algorithm, PDF written by cairo.", size: settings.notes.size))
        let set = stack.set(lines)
        builder.addBookmark(Bookmark(title: Self.title, y: frame.top))
        TextStack.place(set, top: frame.top + (frame.height - TextStack.height(of: set)) / 2, into: &builder, firstElement: 0)
        return builder.page
    }

    /// "on 29 November 2026 at 13:20 UTC": fixed English form and time zone, so reproducible.
    static func dateText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "'on' d MMMM yyyy 'at' HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}
