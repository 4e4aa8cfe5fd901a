import CairoRenderer
import Diagnostics
import DisplayList
import Foundation
import Hyphenation
import LayoutFile
import Localisation
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
    /// `progress` hears how far a long layout has got; an error it throws stops the render (no
    /// output is left) and comes out of `render`. With a split (`--split-by`, `--split-every`)
    /// use `renderParts`.
    public func render(_ request: RenderRequest, progress: (@Sendable (LayoutProgress) throws -> Void)? = nil) throws -> RenderResult {
        try renderParts(request, progress: progress)[0]
    }

    /// Renders the document, or one per part of the signatory list when it is split, one part
    /// per core at a time; results come in part order, and a failing part stops the run as it
    /// would one part after another (see `renderParts(_:prepared:list:progress:alsoTo:fontPrograms:jobs:)`).
    public func renderParts(_ request: RenderRequest, progress: (@Sendable (LayoutProgress) throws -> Void)? = nil) throws -> [RenderResult] {
        let prepared = try prepare(request)
        let list = request.signatories.isEmpty ? nil
            : try processSignatories(request.signatories, options: request.list, settings: prepared.settings,
                                     locale: request.list.collation ?? prepared.language, anonymousName: prepared.terms.text(.anonymous))
        return try renderParts(request, prepared: prepared, list: list, progress: progress, jobs: request.jobs)
    }

    /// The letter read and its layout, language, terms and fonts resolved.
    struct PreparedLetter {
        var letter: Letter
        var settings: LayoutSettings
        var language: String
        var fontSet: FontSet
        /// The words the document prints, in the letter's language (see `locales/`).
        var terms: Terms
    }

    func prepare(_ request: RenderRequest) throws -> PreparedLetter {
        let letter = try LetterParser.parse(InputFiles.read(request.letter), file: InputFiles.displayName(request.letter))
        var settings = try LayoutLibrary(directory: resources.layoutsDirectory).load(request.layout)
        if request.list.figures { settings.parts.figures = true }
        let language = language(of: letter, request: request)
        return PreparedLetter(letter: letter, settings: settings, language: language, fontSet: try fontSet(named: settings.fontSet),
                              terms: try terms(for: language))
    }

    /// `prepare`, with the hyphenation patterns of the letter's language loaded too (a batch
    /// prepares its letters ahead, on another thread). A dictionary that cannot be read is
    /// reported when the letter is rendered, as without this.
    func prepareWithPatterns(_ request: RenderRequest) throws -> PreparedLetter {
        let prepared = try prepare(request)
        _ = try? hyphenators.patterns(forLanguage: prepared.language)
        return prepared
    }

    /// Renders a prepared letter with an already processed list (a batch processes it once):
    /// makes each part's outputs, then writes the list's reports. Every page also goes to
    /// `alsoTo`, if given (a batch's combined PDF). The parts' PDFs embed large faces from
    /// `fontPrograms` if given (a batch's, for every translation), else from programs made once
    /// for all parts.
    ///
    /// The parts of a split list are rendered `jobs` at a time (one per core by default; see
    /// `ParallelDocuments`). As in a run of one part after another, the first part that fails
    /// stops the run: its error is thrown, no later part is started (one already under way on
    /// another core is finished and kept, like the earlier parts), and the reports are not
    /// written. `progress` hears from the earliest part not yet finished, so it goes through the
    /// parts in order; once it has thrown, every part still running stops with its error.
    /// `besideOthers` says the caller renders other documents at the same time.
    func renderParts(_ request: RenderRequest, prepared: PreparedLetter, list: ProcessedSignatories?,
                     progress: (@Sendable (LayoutProgress) throws -> Void)?, alsoTo extra: (any PageSink & Sendable)? = nil,
                     fontPrograms shared: EmbeddingSubsets? = nil, jobs: Int? = nil, besideOthers: Bool = false) throws -> [RenderResult] {
        let pieces: [SignatoryPart?] = list.map { list in self.parts(of: list, options: request.list) } ?? [nil]
        var shared = shared
        if shared == nil, pieces.count > 1, let list {
            let (letter, settings, terms) = (prepared.letter, prepared.settings, prepared.terms.allTexts)
            shared = EmbeddingSubsets {
                DocumentCharacters.of(letters: [letter], signatories: list.entries, groupNames: list.groups.map(\.name),
                                      settings: settings, terms: terms)
            }
        }
        var names = SafeFileNames()
        let outputs = pieces.map { part in
            guard let part, request.list.splits else { return request.outputs }
            let name = names.name(for: part.name)
            return request.outputs.map { $0.forPart(named: name) }
        }
        let reporter = progress.map { PartsProgress(parts: pieces.count, progress: $0) }
        let fontPrograms = shared
        let workers = ParallelDocuments.workers(jobs, documents: pieces.count)
        let shareCores = besideOthers || workers > 1
        let rendered = ParallelDocuments.render(pieces.count, workers: workers, stoppingAtFailure: true) { index in
            defer { reporter?.finished(index) }
            return Result {
                try renderDocument(request, prepared: prepared, list: list, part: pieces[index], outputs: outputs[index],
                                   progress: reporter.map { reporter in { try reporter.report($0, of: index) } },
                                   alsoTo: extra, fontPrograms: fontPrograms, besideOthers: shareCores)
            }
        }
        var results: [RenderResult] = []
        for result in rendered {
            // Parts start in order, so one not started comes after a failure, which throws first.
            guard let result else { break }
            results.append(try result.get())
        }
        // The reports follow the outputs, so a run that fails leaves the earlier ones as they were.
        if let list {
            let rejectsFile = try writeReports(for: list, options: request.list, pdfPath: request.pdfPath)
            for index in results.indices { results[index].listSummary = list.summary(rejectsFile: rejectsFile) }
        }
        return results
    }

    /// Renders one document (a letter with one part of the list). Large faces are embedded from
    /// `fontPrograms` when several documents share them (see `EmbeddingSubsets`), else from
    /// programs made for this document's characters. `besideOthers` says other documents are
    /// rendered at the same time, so the list is measured on this thread alone.
    func renderDocument(_ request: RenderRequest, prepared: PreparedLetter, list: ProcessedSignatories?,
                                part: SignatoryPart?, outputs: [Output], progress: ((LayoutProgress) throws -> Void)?,
                                alsoTo extra: (any PageSink)?, fontPrograms shared: EmbeddingSubsets? = nil,
                                besideOthers: Bool = false) throws -> RenderResult {
        let started = ContinuousClock.now
        let (letter, settings, language, fontSet) = (prepared.letter, prepared.settings, prepared.language, prepared.fontSet)
        var entries: (entries: SignatoryArray, groups: [ListGroup], count: Int, digest: String)?
        if let list, let part { entries = layoutList(list, part: part, anonymousName: prepared.terms.text(.anonymous)) }
        if request.strictGlyphs {
            let coverage = GlyphCoverage(letter: letter, signatories: entries?.entries ?? [],
                                         signatoryFiles: list?.files.map(\.file) ?? [], fontSet: fontSet, language: language, library: library)
            guard coverage.missing.isEmpty else { throw MissingGlyphsError(missing: coverage.missing) }
        }
        var layoutRequest = LayoutRequest(
            letter: letter, signatories: entries?.entries ?? [], groups: entries?.groups ?? [], signatureCount: entries?.count,
            listDigest: entries?.digest, signatoryFiles: list?.files.map(\.file) ?? [],
            settings: settings, fontSet: fontSet, language: language,
            hyphenation: try hyphenators.patterns(forLanguage: language), terms: prepared.terms)
        layoutRequest.measuresOnTwoThreads = !besideOthers
        let metadata = documentMetadata(letter.metadata, language: language)
        layoutRequest.press = try pressDetails(request, letter: letter.metadata, producedAt: metadata.creationDate ?? Date())

        var warnings = letter.warnings + prepared.terms.warnings + (list?.warnings ?? [])
        if settings.parts.figures, let list, let entries {
            let figures = figures(list, entries: entries.entries, groups: entries.groups, total: entries.count, options: request.list,
                                  files: list.files.map(\.file), language: language)
            layoutRequest.figures = figures
            warnings += figures.warnings
        }
        for rejected in list?.rejected ?? [] {
            warnings.append(Diagnostic.warning(at: SourceLocation(file: rejected.file, line: rejected.line, column: 1),
                                    "row not printed: \(rejected.reason)"))
        }
        for row in list?.lookAlikes ?? [] {
            warnings.append(Diagnostic.warning(at: SourceLocation(file: row.file, line: row.line, column: 1),
                                    "looks like \(row.firstPlace) (printed; check by hand): \(row.name)"))
        }
        var report = ReportParts(readingTime: ContinuousClock.now - started)
        let (signatories, groupNames) = (entries?.entries ?? [], entries?.groups.map(\.name) ?? [])
        let subsets = shared ?? EmbeddingSubsets {
            DocumentCharacters.of(letters: [letter], signatories: signatories, groupNames: groupNames, settings: settings,
                                  terms: prepared.terms.allTexts)
        }
        let open = try OpenOutputs(outputs, metadata: metadata, fontPrograms: subsets)
        let library = library
        let embedsFonts = outputs.contains(where: \.embedsFonts)
        let pipeline = PipelinedSink(sheet(for: PageFanOut(open.sinks + (extra.map { [$0] } ?? [])), settings: settings,
                                           production: request.production)) {
            if embedsFonts { subsets.prepare(fontSet: fontSet, language: language, library: library) }
        }
        // The font report is taken on the layout thread, which has time to spare; the writing thread has none.
        var sink = PageFanOut([report.fonts, pipeline])
        let laidOut = Result { try DocumentLayout(layoutRequest, library: library).layOut(into: &sink, progress: progress) }
        let summary: LayoutSummary
        let made: [OpenOutput.Made]
        do {
            try pipeline.close()
            summary = try laidOut.get()
            made = try open.finish()
        } catch {
            open.abandon()
            throw error
        }
        warnings += summary.warnings
        report.sections = summary.sections
        report.groups = summary.groups
        var result = RenderResult(pageCount: summary.pageCount, warnings: warnings,
                                  signatoryCounts: list.map { ($0.inputRows, entries?.entries.count ?? $0.printed, $0.rejected.count) },
                                  language: language)
        for output in made {
            switch output {
            case .pdfFile(let path): result.outputPath = result.outputPath ?? path
            case .pdfData(let data): result.pdf = data
            case .images(let images): result.images += images
            }
        }
        result.report = report.report(for: result, request: request, settings: settings, signatories: list,
                                      totalTime: ContinuousClock.now - started)
        result.report?.figures = layoutRequest.figures.map(FiguresReport.init)
        return result
    }

    /// `--lang`, else the letter's `Language:` header, else a guess from the file name or the
    /// letter's script (see `LanguageGuess`), else English.
    func language(of letter: Letter, request: RenderRequest) -> String {
        request.language ?? letter.metadata.language ?? LanguageGuess.language(of: letter, path: request.letter) ?? "en"
    }

    /// The terms of `language` from `locales/`, through its fallback chain.
    func terms(for language: String) throws -> Terms {
        try TermsLibrary(directory: resources.localesDirectory).terms(for: language)
    }

    func fontSet(named name: String) throws -> FontSet {
        try FontSet.load(contentsOf: resources.fontsDirectory.appendingPathComponent("\(name).json"))
    }

    func documentMetadata(_ letter: LetterMetadata, language: String) -> DocumentMetadata {
        var creationDate: Date?
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch), seconds.isFinite {
            creationDate = Date(timeIntervalSince1970: seconds)
        }
        return DocumentMetadata(
            title: BidiFormatting.removed(from: letter.title ?? ""),
            author: BidiFormatting.removed(from: letter.author ?? letter.sender ?? letter.organiser ?? ""),
            subject: letter.subject ?? letter.subtitle ?? "", keywords: letter.keywords,
            creator: "Petition Printer", creationDate: creationDate, language: language)
    }
}
