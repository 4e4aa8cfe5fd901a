/// Keeps pieces of text that are put together (signatory fields, the title in a footer) from
/// reordering each other: a piece holding explicit bidi controls (an override such as U+202E, an
/// embedding, an isolate) is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, which by
/// UAX #9 rule X6a ends everything opened inside it. Pieces without controls stay as they are,
/// so the PDF's text is the source text.
enum BidiIsolation {
    static let firstStrongIsolate: Unicode.Scalar = "\u{2068}"
    static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"

    /// `text`, wrapped in an isolate when it holds explicit bidi controls.
    static func isolate(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isExplicitControl) else { return text }
        return String(firstStrongIsolate) + text + String(popDirectionalIsolate)
    }

    /// LRE, RLE, PDF, LRO, RLO (U+202A-U+202E) and LRI, RLI, FSI, PDI (U+2066-U+2069).
    static func isExplicitControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
