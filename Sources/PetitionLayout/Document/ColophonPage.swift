import DisplayList
import Foundation
import Localisation
import Typography

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
