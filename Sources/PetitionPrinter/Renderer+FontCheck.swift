import LayoutFile
import PetitionDocument

/// What `petition fonts check` found.
public struct FontCheckResult: Sendable {
    /// The font set checked against (the layout's).
    public var fontSet: String
    /// The language the letter is set in.
    public var language: String
    public var coverage: GlyphCoverage
}

extension Renderer {
    /// Checks a letter (and signatories) against the layout's font set without rendering: every
    /// character no font covers, with its place, and the script mix.
    public func checkFonts(letter path: String, signatories: [String], layout: String, language: String?) throws -> FontCheckResult {
        let letter = try LetterParser.parse(InputFiles.read(path), file: InputFiles.displayName(path))
        let files = try InputFiles.signatoryLists(signatories)
        let list = SignatoryList.merging(try files.map { path in
            let name = InputFiles.displayName(path)
            return (file: name, list: try SignatoryReader.read(InputFiles.read(path), file: name))
        })
        let settings = try LayoutLibrary(directory: resources.layoutsDirectory).load(layout)
        let request = RenderRequest(letter: path, signatories: signatories, layout: layout, language: language)
        let tag = self.language(of: letter, request: request)
        let fontSet = try fontSet(named: settings.fontSet)
        let coverage = GlyphCoverage(letter: letter, signatories: list.signatories, signatoryFiles: files.map(InputFiles.displayName),
                                     fontSet: fontSet, language: tag, library: library)
        return FontCheckResult(fontSet: fontSet.name, language: tag, coverage: coverage)
    }
}
