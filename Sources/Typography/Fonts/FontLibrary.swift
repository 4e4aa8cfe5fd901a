import DisplayList
import Synchronization

/// Opens each font face once per process and shares it; safe to use from several threads.
public final class FontLibrary: Sendable {
    private let faces = Mutex<[FontReference: FontFace]>([:])

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
}
