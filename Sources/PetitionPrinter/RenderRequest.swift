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
    /// The PDF's path, `-` for standard output, or nil for the letter's path with `.pdf`.
    public var output: String?
    /// Previews, logo, bleed and crop marks.
    public var production: ProductionOptions
    /// Refuse to render (write nothing) when a character of the letter or the signatories has no
    /// glyph in any font of the set, instead of warning.
    public var strictGlyphs: Bool
    /// How the signatory list is read, ordered, grouped, reported and split.
    public var list: ListOptions

    public init(letter: String, signatories: [String] = [], layout: String = "classic-a4", language: String? = nil,
                output: String? = nil, production: ProductionOptions = ProductionOptions(), strictGlyphs: Bool = false,
                list: ListOptions = ListOptions()) {
        self.list = list
        self.production = production
        self.strictGlyphs = strictGlyphs
        self.letter = letter
        self.signatories = signatories
        self.layout = layout
        self.language = language
        self.output = output
        self.strictGlyphs = strictGlyphs
    }

    /// Where the PDF goes: `-o`, or next to the letter with the extension changed
    /// (`letter.pdf` in the current folder when the letter comes from standard input).
    public var outputPath: String {
        if let output { return output }
        guard letter != "-" else { return "letter.pdf" }
        let withoutExtension = (letter as NSString).deletingPathExtension
        return withoutExtension + ".pdf"
    }
}

import Foundation
