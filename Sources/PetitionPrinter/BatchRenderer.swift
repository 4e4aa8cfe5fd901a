import Diagnostics
import Dispatch
import Foundation
import LayoutFile
import Localisation
import PetitionDocument

/// How one translation of a batch went.
public struct BatchOutcome: Sendable {
    public var letter: String
    /// The render's result, or the error that stopped this translation (the others went on).
    public var result: Result<RenderResult, any Error>
    /// Wall time of this translation, in seconds.
    public var seconds: Double

    public var succeeded: Bool { (try? result.get()) != nil }
}

/// How a whole batch went: each translation, and the combined PDF when one was asked for.
public struct BatchResult: Sendable {
    /// One per letter, in the order of the letters.
    public var outcomes: [BatchOutcome]
    /// What the combined PDF holds, or why it was not written; nil when none was asked for.
    public var combined: Result<CombinedSummary, any Error>?

    /// Whether every translation, and the combined PDF if asked for, was written.
    public var succeeded: Bool {
        let combinedWritten = combined.map { (try? $0.get()) != nil } ?? true
        return outcomes.allSatisfy(\.succeeded) && combinedWritten
    }
}

extension Renderer {
    /// Renders every translation of `request`, `jobs` at a time (one per core by default). The
    /// signatory list is read and processed once and shared, so every PDF has the same signature pages and
    /// totals; each letter gets its own language, direction, hyphenation and fonts. A failing
    /// translation is reported in its outcome and does not stop the others. Outcomes come back in
    /// the order of the letters. With `request.combined`, every translation that rendered also
    /// goes, in that order, into one PDF written atomically once all have finished.
    public func renderBatch(_ request: BatchRequest) throws -> BatchResult {
        let letters = try request.letterFiles()
        guard !letters.isEmpty else { throw InputError(file: request.letters.joined(separator: " "), "no letters (.txt files) to render") }
        if request.combined != nil, request.list.splits {
            throw InputError(file: "--combined", "a combined PDF cannot be made from a split list (--split-by, --split-every)")
        }
        let settings = try LayoutLibrary(directory: resources.layoutsDirectory).load(request.layout)
        let singles = letters.map { letter in
            RenderRequest(letter: letter, signatories: request.signatories, layout: request.layout,
                          outputs: [.pdfFile(request.output(for: letter))], strictGlyphs: request.strictGlyphs, list: request.list)
        }
        // No translation can start before the list is read and every letter is prepared; on one
        // core one after the other, the two would keep the second core idle. So another thread
        // reads the letters (and loads their languages' terms and hyphenation patterns, and the
        // words of every language for the shared font subsets) while this one reads the list.
        let preparing = Prefetched { [self] in
            (letters: singles.map { single in Result { try prepareWithPatterns(single) } }, termTexts: allTermTexts())
        }
        let list: ProcessedSignatories?
        do {
            // Each translation prints its own word for an anonymous signatory (see `layoutList`).
            list = request.signatories.isEmpty ? nil
                : try processSignatories(request.signatories, options: request.list, settings: settings, locale: request.list.collation ?? "en",
                                         anonymousName: try terms(for: TermsLibrary.referenceLanguage).text(.anonymous))
        } catch {
            _ = preparing.value
            throw error
        }
        let (prepared, termTexts) = preparing.value
        // One set of font programs for every translation (and the combined PDF): a CJK face is
        // cut down once, to the characters of all the letters, instead of once a letter.
        let subsets = EmbeddingSubsets {
            DocumentCharacters.of(letterFiles: letters, signatories: list?.entries ?? [], groupNames: list?.groups.map(\.name) ?? [],
                                  settings: settings, terms: termTexts)
        }
        let translations = Translations(requests: singles, prepared: prepared, list: list, jobs: request.jobs)
        guard let destination = request.combined else {
            return BatchResult(outcomes: renderTranslations(translations, combined: nil, fontPrograms: subsets))
        }
        var outcomes: [BatchOutcome] = []
        let combined = Result { () throws -> CombinedSummary in
            var summary: CombinedSummary?
            let write = { (path: String) throws in
                let document = CombinedDocument(path: path, letters: letters, fontPrograms: subsets)
                outcomes = renderTranslations(translations, combined: document, fontPrograms: subsets)
                summary = try document.close()
            }
            try AtomicOutput(destination: destination).write(write)
            guard let summary else { throw CombinedDocumentError("no translation rendered") }
            return summary
        }
        return BatchResult(outcomes: outcomes, combined: combined)
    }

    /// A batch's translations ready to render: one request each, its letter prepared (or why it
    /// could not be), the shared list.
    private struct Translations {
        var requests: [RenderRequest]
        var prepared: [Result<PreparedLetter, any Error>]
        var list: ProcessedSignatories?
        var jobs: Int?
    }

    /// Renders each letter to its own PDF, several at once (see `ParallelDocuments`), feeding
    /// `combined` too if given; every PDF embeds large faces from `fontPrograms`.
    private func renderTranslations(_ translations: Translations, combined: CombinedDocument?,
                                    fontPrograms: EmbeddingSubsets) -> [BatchOutcome] {
        let count = translations.requests.count
        let results = ParallelDocuments.render(count, workers: ParallelDocuments.workers(translations.jobs, documents: count)) { index in
            let single = translations.requests[index]
            let start = DispatchTime.now().uptimeNanoseconds
            let result = Result { () throws -> RenderResult in
                let prepared = try translations.prepared[index].get()
                let pages = combined?.begin(index, language: prepared.language,
                                            metadata: documentMetadata(prepared.letter.metadata, language: prepared.language))
                // The translations keep the cores busy; a translation's own parts go one after another.
                return try renderParts(single, prepared: prepared, list: translations.list, progress: nil, alsoTo: pages,
                                       fontPrograms: fontPrograms, jobs: 1)[0]
            }
            combined?.finish(index, succeeded: (try? result.get()) != nil)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            return .success(BatchOutcome(letter: single.letter, result: result, seconds: seconds))
        }
        return results.compactMap { try? $0?.get() }
    }
}

extension Renderer {
    /// The texts of every language's terms, for a combined PDF whose translations each print
    /// their own (a superset, like the letters' characters).
    func allTermTexts() -> [String] {
        let library = TermsLibrary(directory: resources.localesDirectory)
        return library.languages().flatMap { (try? library.terms(for: $0))?.allTexts ?? [] }
    }
}
