import DisplayList
import Foundation
import LayoutFile
import PetitionDocument
import PetitionLayout

extension Renderer {
    /// The cover's logo (`--logo`, else the letter's `Logo:` header, relative to the letter)
    /// and the colophon's production date.
    func pressDetails(_ request: RenderRequest, letter: LetterMetadata, producedAt: Date) throws -> PressDetails {
        var details = PressDetails(producedAt: producedAt)
        if let logo = request.production.logo {
            details.logo = try LogoFile.read(logo, relativeTo: FileManager.default.currentDirectoryPath,
                                             confinedTo: request.production.confinedTo)
        } else if let logo = letter.logo {
            let folder = request.letter == "-" ? FileManager.default.currentDirectoryPath
                : (request.letter as NSString).deletingLastPathComponent
            details.logo = try LogoFile.read(logo, relativeTo: folder.isEmpty ? "." : folder,
                                             confinedTo: request.production.confinedTo)
        }
        return details
    }

    /// The sink that mirrors duplex pages and adds bleed and crop marks before `sink`.
    func sheet(for sink: PageFanOut, settings: LayoutSettings, production: ProductionOptions) -> PrintSheet<PageFanOut> {
        let page = settings.page
        return PrintSheet(inner: sink, mirrorShift: page.duplex ? page.marginOuter - page.marginInner : 0,
                          bleed: production.bleed ?? page.bleed, cropMarks: production.cropMarks)
    }
}
