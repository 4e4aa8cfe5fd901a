/// Notes every font the pages use, as they stream past, for a report of the fonts in a PDF.
/// A class, so the caller can read what it saw after handing it to a fan-out by value.
public final class FontCollector: PageSink {
    public private(set) var fonts: Set<FontReference> = []

    public init() {}

    public func add(_ page: Page) throws {
        for case .glyphs(let run) in page.items { fonts.insert(run.font) }
    }
}
