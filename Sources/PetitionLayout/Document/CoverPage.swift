import DisplayList
import Foundation
import Typography

/// A press kit's cover: the logo, the title and subtitle in the upper third, the date and
/// organiser below, the contact block at the foot. Labelled in the PDF with the
/// `document.cover` term ("Cover", "Couverture").
struct CoverPage {
    /// The logo's largest size, in points.
    static let logoWidth = 170.0, logoHeight = 85.0

    let request: LayoutRequest
    let frame: PageFrame
    let library: FontLibrary

    func page() -> Page {
        let metadata = request.letter.metadata
        let settings = request.settings
        let stack = TextStack(request: request, frame: frame, library: library)
        let label = request.terms.text(.cover)
        var builder = PageBuilder(width: frame.pageWidth, height: frame.pageHeight, label: label)
        builder.addBookmark(Bookmark(title: label, y: 0))
        let headline = stack.set([
            .init(text: metadata.title ?? "", size: settings.title.size * 1.25, weight: .bold,
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
