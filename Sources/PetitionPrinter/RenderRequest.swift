/// What the user asked `petition render` to do.
public struct RenderRequest: Sendable {
    /// The letter's path, or `-` for standard input.
    public var letter: String
    /// The signatory list's path (CSV or one name per line), if any.
    public var signatories: String?
    /// A layout name from `layouts/` or a path to a layout file.
    public var layout: String
    /// BCP 47 tag overriding the letter's `Language:` header.
    public var language: String?
    /// What to make: PDFs and images, in files or in memory. One layout run feeds them all.
    public var outputs: [Output]
    /// Logo, bleed and crop marks.
    public var production: ProductionOptions
    /// Refuse to render (write nothing) when a character of the letter or the signatories has no
    /// glyph in any font of the set, instead of warning.
    public var strictGlyphs: Bool
    /// How the signatory list is read, ordered, grouped, reported and split.
    public var list: ListOptions

    public init(letter: String, signatories: String? = nil, layout: String = "classic-a4", language: String? = nil,
                outputs: [Output]? = nil, production: ProductionOptions = ProductionOptions(), strictGlyphs: Bool = false,
                list: ListOptions = ListOptions()) {
        self.list = list
        self.production = production
        self.strictGlyphs = strictGlyphs
        self.letter = letter
        self.signatories = signatories
        self.layout = layout
        self.language = language
        self.outputs = outputs ?? [.pdfFile(Self.pdfPath(besideLetter: letter))]
    }

    /// Where a PDF goes by default: next to the letter with the extension changed (`letter.pdf`
    /// in the current folder when the letter comes from standard input).
    public static func pdfPath(besideLetter letter: String) -> String {
        guard letter != "-" else { return "letter.pdf" }
        return (letter as NSString).deletingPathExtension + ".pdf"
    }

    /// The first PDF file asked for, if any: the list's reports go beside it.
    var pdfPath: String? {
        outputs.lazy.compactMap { if case .pdfFile(let path) = $0 { path } else { nil } }.first
    }
}

import Foundation
