import Diagnostics
import CairoRenderer
import DisplayList
import Foundation
import Synchronization

/// One PDF holding every translation of a batch, in the batch's order, while the translations
/// are rendered in parallel. Each translation's pages go straight into the file when it is the
/// earliest one not yet finished (its turn); a later translation's pages wait in memory until
/// its turn, and past `waitingPageLimit` waiting pages its rendering pauses, so memory stays
/// bounded however long the list. A translation that fails before its turn is simply left out.
///
/// Each translation opens with a top-level bookmark in its own language's name ("Français"),
/// its own bookmarks nested under it, and its page labels prefixed with its language tag
/// (`fr-Cover`, `fr-1`, ...). Pages keep their size, direction, fonts and print boxes.
///
/// Locking: what is known of the translations is behind one `Mutex`, the file behind another.
/// A paused translation waits on its own semaphore, outside the lock, and is woken each time the
/// turn moves on. One thread at a time moves the turn, so translations are written in order.
final class CombinedDocument: Sendable {
    /// Pages a translation may keep waiting for its turn before its rendering pauses.
    static var waitingPageLimit: Int { 256 }

    /// What is known of one translation while the batch runs.
    private struct Translation {
        var letter: String
        var language: String?
        var metadata: DocumentMetadata?
        var waiting: [Page] = []
        var finished = false
        var succeeded = false
        /// Its rendering waits on its semaphore in `wakeUps` until the turn moves on.
        var paused = false
    }

    private struct BatchState {
        var translations: [Translation]
        /// The translation whose pages are written now; every earlier one is finished and written.
        var turn = 0
        /// A thread is writing finished translations and moving the turn past them; another
        /// thread that finishes a translation meanwhile leaves the moving to it.
        var advancing = false
        /// A translation that failed after some of its pages were already in the file.
        var incomplete: (letter: String, pages: Int)?

        /// Moves the turn on by one and returns the semaphores of the translations to wake.
        mutating func passTurn() -> [Int] {
            turn += 1
            let paused = translations.indices.filter { translations[$0].paused }
            for index in paused { translations[index].paused = false }
            return paused
        }
    }

    private let path: String
    private let state: Mutex<BatchState>
    /// One per translation: signalled to let a paused translation look at the turn again.
    private let wakeUps: [DispatchSemaphore]

    /// The file and what is in it. Only the translation whose turn it is, or the thread moving
    /// the turn past finished translations, writes, but the mutex makes that plain.
    private let file = Mutex(FileState())
    private let fontPrograms: (any FontProgramSource)?

    private struct FileState {
        var writer: PDFWriter?
        var failure: (any Error)?
        var sections: [CombinedSummary.Section] = []
    }

    /// A combined PDF at `path` (a temporary path the caller renames) for `letters`, in order;
    /// large faces are embedded from `fontPrograms`.
    init(path: String, letters: [String], fontPrograms: (any FontProgramSource)? = nil) {
        self.path = path
        self.fontPrograms = fontPrograms
        state = Mutex(BatchState(translations: letters.map { Translation(letter: $0) }))
        wakeUps = letters.map { _ in DispatchSemaphore(value: 0) }
    }

    /// Starts translation `index` (set in `language`; `metadata` is the file's when it is the
    /// first in it) and returns the sink its pages go to. Adding pages never fails: a problem
    /// with the combined file is reported by `close`, not to the translation.
    func begin(_ index: Int, language: String, metadata: DocumentMetadata) -> some PageSink & Sendable {
        state.withLock {
            $0.translations[index].language = language
            $0.translations[index].metadata = metadata
        }
        return TranslationSink(document: self, index: index)
    }

    /// Notes that translation `index` is done (whether or not `begin` was called for it), and
    /// when it was the one whose turn it was, writes every finished translation after it.
    func finish(_ index: Int, succeeded: Bool) {
        if !succeeded {
            let written = file.withLock { $0.sections.last?.index == index ? $0.sections.last?.pages.count ?? 0 : 0 }
            state.withLock {
                if written > 0, $0.incomplete == nil { $0.incomplete = ($0.translations[index].letter, written) }
            }
        }
        let moving = state.withLock { state -> Bool in
            state.translations[index].finished = true
            state.translations[index].succeeded = succeeded
            if !succeeded { state.translations[index].waiting = [] }
            guard !state.advancing else { return false }
            state.advancing = true
            return true
        }
        guard moving else { return }
        while let next = state.withLock({ state -> (index: Int, pages: [Page], metadata: DocumentMetadata)? in
            guard state.turn < state.translations.count, state.translations[state.turn].finished else {
                state.advancing = false
                return nil
            }
            let current = state.turn
            defer { state.translations[current].waiting = [] }
            return (current, state.translations[current].waiting, state.translations[current].metadata ?? DocumentMetadata())
        }) {
            if !next.pages.isEmpty { write(next.pages, of: next.index, metadata: next.metadata) }
            for paused in state.withLock({ $0.passTurn() }) { wakeUps[paused].signal() }
        }
    }

    /// Completes the file once every translation has finished. Throws when it would hold
    /// nothing, when a translation failed after some of its pages were in it, or when writing it
    /// failed; the caller then removes the temporary file.
    func close() throws -> CombinedSummary {
        if let incomplete = state.withLock({ $0.incomplete }) {
            throw CombinedDocumentError("\(Self.name(of: incomplete.letter)) failed after \(incomplete.pages) of its pages were written into it")
        }
        let letters = state.withLock { $0.translations.map(\.letter) }
        return try file.withLock { (file) throws -> CombinedSummary in
            if let failure = file.failure { throw failure }
            guard let writer = file.writer, !file.sections.isEmpty else { throw CombinedDocumentError("no translation rendered") }
            try writer.finish()
            let included = Set(file.sections.map(\.index))
            let leftOut = letters.indices.filter { !included.contains($0) }.map { letters[$0] }
            return CombinedSummary(pageCount: writer.pageCount, sections: file.sections, leftOut: leftOut)
        }
    }

    /// A page of translation `index`: written now when it is its turn, else kept until then
    /// (waiting for the turn to move on while `waitingPageLimit` pages already wait).
    fileprivate func add(_ page: Page, of index: Int) {
        enum Next { case write([Page], DocumentMetadata), kept, pause }
        while true {
            let next = state.withLock { state -> Next in
                if index == state.turn {
                    let pages = state.translations[index].waiting + [page]
                    state.translations[index].waiting = []
                    return .write(pages, state.translations[index].metadata ?? DocumentMetadata())
                }
                if state.translations[index].waiting.count < Self.waitingPageLimit {
                    state.translations[index].waiting.append(page)
                    return .kept
                }
                state.translations[index].paused = true
                return .pause
            }
            switch next {
            case .write(let pages, let metadata):
                write(pages, of: index, metadata: metadata)
                return
            case .kept:
                return
            case .pause:
                wakeUps[index].wait()
            }
        }
    }

    /// Draws `pages` of translation `index` into the file, creating it with `metadata` at the
    /// first page. After a failure nothing more is drawn; `close` reports it.
    private func write(_ pages: [Page], of index: Int, metadata: DocumentMetadata) {
        file.withLock { file in
            for page in pages where file.failure == nil {
                do {
                    if file.writer == nil { file.writer = try PDFWriter(.file(path), metadata: metadata, fontPrograms: fontPrograms) }
                    guard let writer = file.writer else { return }
                    let opening = file.sections.last?.index != index
                    if opening {
                        file.sections.append(section(for: index, startingAt: writer.pageCount + 1, after: file.sections))
                    }
                    let section = file.sections[file.sections.count - 1]
                    try writer.add(Self.page(page, in: section, opening: opening, number: writer.pageCount + 2 - section.pages.lowerBound))
                    file.sections[file.sections.count - 1].pages = section.pages.lowerBound...writer.pageCount
                } catch {
                    file.failure = error
                }
            }
        }
    }

    /// The section translation `index` opens at page `first` after `sections`: its language's
    /// own name and tag, with the letter's file name and a number added when the language is
    /// already in the file.
    private func section(for index: Int, startingAt first: Int, after sections: [CombinedSummary.Section]) -> CombinedSummary.Section {
        let (letter, language) = state.withLock { ($0.translations[index].letter, $0.translations[index].language ?? "und") }
        let earlier = sections.filter { $0.language == language }.count
        let name = LanguageName.autonym(of: language)
        return CombinedSummary.Section(
            index: index, letter: letter, language: language,
            title: earlier == 0 ? name : "\(name) (\(Self.name(of: letter)))",
            labelPrefix: earlier == 0 ? language : "\(language).\(earlier + 1)", pages: first...first)
    }

    /// `page` as it appears in the combined file: its bookmarks one level down, under the
    /// section's own bookmark when it `opens` the section, and its label prefixed (the page's
    /// `number` in its translation when it has no label).
    private static func page(_ page: Page, in section: CombinedSummary.Section, opening: Bool, number: Int) -> Page {
        var page = page
        page.bookmarks = page.bookmarks.map { Bookmark(title: $0.title, level: $0.level + 1, y: $0.y) }
        if opening { page.bookmarks.insert(Bookmark(title: section.title, level: 0, y: 0), at: 0) }
        page.label = "\(section.labelPrefix)-\(page.label ?? String(number))"
        return page
    }

    private static func name(of letter: String) -> String { (letter as NSString).lastPathComponent }
}

/// Hands one translation's pages to the combined document.
private final class TranslationSink: PageSink, Sendable {
    let document: CombinedDocument
    let index: Int

    init(document: CombinedDocument, index: Int) {
        self.document = document
        self.index = index
    }

    func add(_ page: Page) {
        document.add(page, of: index)
    }
}

/// What the combined PDF of a batch holds.
public struct CombinedSummary: Sendable {
    /// One translation in the file.
    public struct Section: Sendable {
        /// The translation's place among the batch's letters.
        public var index: Int
        public var letter: String
        /// The BCP 47 tag it was set in.
        public var language: String
        /// Its top-level bookmark: the language's own name.
        public var title: String
        /// What its page labels start with (`fr` for `fr-1`).
        public var labelPrefix: String
        /// Its pages in the file, counting from 1.
        public var pages: ClosedRange<Int>
    }

    public var pageCount: Int
    public var sections: [Section]
    /// Letters not in the file because their translation failed.
    public var leftOut: [String]
}

/// Why the combined PDF was not written.
public struct CombinedDocumentError: DiagnosticConvertible {
    public var message: String

    init(_ message: String) {
        self.message = message
    }

    public var diagnostics: [Diagnostic] { [.error(file: nil, message)] }
}
