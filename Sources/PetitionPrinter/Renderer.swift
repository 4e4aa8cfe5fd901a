import CairoRenderer
import Diagnostics
import DisplayList
import Foundation
import Hyphenation
import LayoutFile
import PetitionDocument
import PetitionLayout
import Typography

/// The pipeline behind `petition render`: read the letter, signatories and layout, pick fonts and
/// hyphenation, lay out, and write the PDF atomically.
public struct Renderer: Sendable {
    public let resources: ResourceLocator
    let library = FontLibrary()
    let hyphenators = HyphenatorCache()

    public init(resources: ResourceLocator = ResourceLocator()) {
        self.resources = resources
    }

    /// Renders one document. Throws `InputError` for unusable input (nothing is written then).
    /// `progress` hears how far a long layout has got.
    public func render(_ request: RenderRequest, progress: ((LayoutProgress) -> Void)? = nil) throws -> RenderResult {
        let signatories = try request.signatories.map { path in try SignatoryReader.read(InputFiles.read(path), file: path) }
        return try render(request, signatories: signatories, progress: progress)
    }

    /// Renders one document with its signatory list already read (a batch reads it once).
    func render(_ request: RenderRequest, signatories: SignatoryList?, progress: ((LayoutProgress) -> Void)? = nil) throws -> RenderResult {
        let started = ContinuousClock.now
        let letterName = InputFiles.displayName(request.letter)
        let letter = try LetterParser.parse(InputFiles.read(request.letter), file: letterName)
        let settings = try LayoutLibrary(directory: resources.layoutsDirectory).load(request.layout)
        let language = self.language(of: letter, request: request)
        let fontSet = try fontSet(named: settings.fontSet)
        if request.strictGlyphs {
            let coverage = GlyphCoverage(letter: letter, signatories: signatories?.signatories ?? [],
                                         signatoryFile: request.signatories ?? "", fontSet: fontSet, language: language, library: library)
            guard coverage.missing.isEmpty else { throw MissingGlyphsError(missing: coverage.missing) }
        }
        var layoutRequest = LayoutRequest(
            letter: letter, signatories: signatories?.signatories ?? [], signatoryFile: request.signatories ?? "",
            settings: settings, fontSet: fontSet, language: language,
            hyphenation: try hyphenators.patterns(forLanguage: language))
        let metadata = documentMetadata(letter.metadata, language: language)
        layoutRequest.press = try pressDetails(request, letter: letter.metadata, producedAt: metadata.creationDate ?? Date())

        var warnings = letter.warnings + (signatories?.warnings ?? [])
        for rejected in signatories?.rejected ?? [] {
            warnings.append(Warning(at: SourceLocation(file: request.signatories ?? "", line: rejected.line, column: 1),
                                    "row not printed: \(rejected.reason)"))
        }
        var pageCount = 0
        var report = ReportParts(readingTime: ContinuousClock.now - started)
        let write = { (path: String) throws in
            let writer = try PDFWriter(path: path, metadata: metadata)
            var sinks: [any PageSink] = [writer, report.fonts]
            let previews = try request.production.pngDirectory.map {
                try PNGWriter(directory: $0, resolution: request.production.pngResolution)
            }
            if let previews { sinks.append(previews) }
            var sink = PipelinedSink(sheet(for: PageFanOut(sinks), settings: settings, production: request.production))
            let laidOut = Result { try DocumentLayout(layoutRequest, library: library).layOut(into: &sink, progress: progress) }
            try sink.close()
            let summary = try laidOut.get()
            try writer.finish()
            warnings += summary.warnings
            pageCount = summary.pageCount
            report.sections = summary.sections
            report.groups = summary.groups
            report.previews = previews?.files ?? []
        }
        let output = request.outputPath
        if output == "-" {
            try writeToStandardOutput(write)
        } else {
            try AtomicOutput(destination: output).write(write)
        }
        var result = RenderResult(outputPath: output, pageCount: pageCount, warnings: warnings,
                                  signatoryCounts: signatories.map { ($0.inputRows, $0.signatories.count, $0.rejected.count) },
                                  language: language)
        result.report = report.report(for: result, request: request, settings: settings, signatories: signatories,
                                      totalTime: ContinuousClock.now - started)
        return result
    }

    /// `--lang`, else the letter's `Language:` header, else a guess from the file name or the
    /// letter's script (see `LanguageGuess`), else English.
    func language(of letter: Letter, request: RenderRequest) -> String {
        request.language ?? letter.metadata.language ?? LanguageGuess.language(of: letter, path: request.letter) ?? "en"
    }

    func fontSet(named name: String) throws -> FontSet {
        try FontSet.load(contentsOf: resources.fontsDirectory.appendingPathComponent("\(name).json"))
    }

    private func documentMetadata(_ letter: LetterMetadata, language: String) -> DocumentMetadata {
        var creationDate: Date?
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch) {
            creationDate = Date(timeIntervalSince1970: seconds)
        }
        return DocumentMetadata(
            title: letter.title ?? "", author: letter.author ?? letter.sender ?? letter.organiser ?? "",
            subject: letter.subject ?? letter.subtitle ?? "", keywords: letter.keywords,
            creator: "Petition Printer", creationDate: creationDate, language: language)
    }

    /// cairo writes to a file; for `-o -` the finished file is copied to standard output.
    private func writeToStandardOutput(_ write: (String) throws -> Void) throws {
        let path = NSTemporaryDirectory() + "petition-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).pdf"
        defer { unlink(path) }
        try write(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OutputError(path: "-", message: "the rendered PDF vanished before it could be copied")
        }
        FileHandle.standardOutput.write(data)
    }
}
