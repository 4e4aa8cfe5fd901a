import Diagnostics
import Dispatch
import Foundation
import LayoutFile
import PetitionDocument
import Synchronization

/// How one translation of a batch went.
public struct BatchOutcome: Sendable {
    public var letter: String
    /// The render's result, or the error that stopped this translation (the others went on).
    public var result: Result<RenderResult, any Error>
    /// Wall time of this translation, in seconds.
    public var seconds: Double

    public var succeeded: Bool { (try? result.get()) != nil }
}

extension Renderer {
    /// Renders every translation of `request`, `jobs` at a time (one per core by default). The
    /// signatory list is read and processed once and shared, so every PDF has the same signature pages and
    /// totals; each letter gets its own language, direction, hyphenation and fonts. A failing
    /// translation is reported in its outcome and does not stop the others. Outcomes come back in
    /// the order of the letters.
    public func renderBatch(_ request: BatchRequest) throws -> [BatchOutcome] {
        let letters = try request.letterFiles()
        guard !letters.isEmpty else { throw InputError(file: request.letters.joined(separator: " "), "no letters (.txt files) to render") }
        let settings = try LayoutLibrary(directory: resources.layoutsDirectory).load(request.layout)
        let list = try request.signatories.map {
            try processSignatories($0, options: request.list, settings: settings, locale: request.list.collation ?? "en")
        }
        let outcomes = Mutex([BatchOutcome?](repeating: nil, count: letters.count))
        let next = Atomic(0)
        let workers = min(max(request.jobs ?? ProcessInfo.processInfo.activeProcessorCount, 1), letters.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < letters.count else { return }
                let letter = letters[index]
                let single = RenderRequest(letter: letter, signatories: request.signatories, layout: request.layout,
                                           output: request.output(for: letter), strictGlyphs: request.strictGlyphs, list: request.list)
                let start = DispatchTime.now().uptimeNanoseconds
                let result = Result { try renderParts(single, prepared: prepare(single), list: list, progress: nil)[0] }
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                outcomes.withLock { $0[index] = BatchOutcome(letter: letter, result: result, seconds: seconds) }
            }
        }
        return outcomes.withLock { $0.compactMap { $0 } }
    }
}
