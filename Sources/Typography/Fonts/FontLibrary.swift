import DisplayList
import Synchronization

/// Opens each font face once per process and shares it; safe to use from several threads.
public final class FontLibrary: Sendable {
    private let faces = Mutex<[FontReference: FontFace]>([:])
    private let chains = Mutex<[ChainKey: [FontFace]]>([:])

    private struct ChainKey: Hashable {
        var fontSet: String
        var script: Script
        var weight: FontWeight
        var language: String
    }

    public init() {}

    /// The face for `reference`, opening it on first use.
    public func face(_ reference: FontReference) throws(FontError) -> FontFace {
        if let face = faces.withLock({ $0[reference] }) { return face }
        let face = try FontFace(reference)
        return faces.withLock { cache in
            if let existing = cache[reference] { return existing }
            cache[reference] = face
            return face
        }
    }

    /// The opened faces of `fontSet`'s chain for `script` in `language`, best first (fonts that
    /// fail to open are left out); remembered, since every run of every paragraph asks.
    public func faces(for script: Script, weight: FontWeight, language: String = "", in fontSet: FontSet) -> [FontFace] {
        let key = ChainKey(fontSet: fontSet.name, script: script, weight: weight, language: language)
        if let chain = chains.withLock({ $0[key] }) { return chain }
        let chain = fontSet.candidates(for: script, weight: weight, language: language).compactMap { try? face($0) }
        chains.withLock { $0[key] = chain }
        return chain
    }
}
