import CairoRenderer
import Diagnostics
import Foundation

/// What the user asked `petition render` to do.
public struct RenderRequest: Sendable {
    /// The letter's path, or `-` for standard input.
    public var letter: String
    /// The signatory lists (CSV, JSON Lines or one name per line), or folders of them, merged in
    /// this order into one list; empty for none.
    public var signatories: [String]
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
    /// The parts of a split list rendered at once; nil for one per core.
    public var jobs: Int?

    public init(letter: String, signatories: [String] = [], layout: String = "classic-a4", language: String? = nil,
                outputs: [Output]? = nil, production: ProductionOptions = ProductionOptions(), strictGlyphs: Bool = false,
                list: ListOptions = ListOptions(), jobs: Int? = nil) {
        self.list = list
        self.jobs = jobs
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

/// Print-production choices of `petition render` beyond the letter, list and layout: a logo,
/// bleed and crop marks. (Previews are outputs: `Output.pngFiles`.)
public struct ProductionOptions: Sendable {
    /// A PNG or SVG logo for the cover page; overrides the letter's `Logo:` header.
    public var logo: String?
    /// Bleed in points around the trimmed page, or nil to use the layout's.
    public var bleed: Double?
    /// Whether to draw crop marks outside the bleed.
    public var cropMarks: Bool
    /// When set, a file the inputs name (the letter's `Logo:` header, `--logo`) is read only if
    /// it lies inside this folder (a server confines each request to its own folder this way).
    public var confinedTo: String?

    public init(logo: String? = nil, bleed: Double? = nil, cropMarks: Bool = false, confinedTo: String? = nil) {
        self.logo = logo
        self.bleed = bleed
        self.cropMarks = cropMarks
        self.confinedTo = confinedTo
    }
}

/// What a render produced.
public struct RenderResult: Sendable {
    /// The PDF file written (the first `Output.pdfFile` asked for; `-` for standard output), or
    /// nil when no PDF file was asked for.
    public var outputPath: String?
    /// The PDF, for `Output.pdfData`; nil otherwise.
    public var pdf: Data?
    /// The page images drawn for `Output.pngFiles` and `Output.pngData`, in the order asked for.
    public var images: [PNGImage] = []
    public var pageCount: Int
    public var warnings: [Diagnostic]
    /// Signatory rows read, printed and rejected (nil without a signatory list).
    public var signatoryCounts: (rows: Int, printed: Int, rejected: Int)?
    /// The list's one-line account ("100,000 rows: 99,812 printed, 150 duplicates, 38 rejected
    /// (see rejects.csv)"), nil without a signatory list.
    public var listSummary: String?
    /// Everything about the render, for `--report json`.
    public var report: RenderReport?
    /// The language the letter was set in (given, or guessed).
    public var language: String = "en"

    init(pageCount: Int, warnings: [Diagnostic], signatoryCounts: (rows: Int, printed: Int, rejected: Int)?, language: String) {
        self.pageCount = pageCount
        self.warnings = warnings
        self.signatoryCounts = signatoryCounts
        self.language = language
    }
}
