import DisplayList
import Testing
@testable import PetitionLayout

@Suite("Web and email addresses: found, linked and broken like addresses")
struct LinkFinderTests {
    /// A run of `text` with one glyph per byte, 5pt apart from x = 100, at 10pt.
    private func run(_ text: String) -> GlyphRun {
        let bytes = text.utf8.count
        let glyphs = (0..<bytes).map { PositionedGlyph(id: 1, x: 100 + Double($0) * 5, y: 200) }
        return GlyphRun(font: FontReference(path: "/f.ttf"), size: 10, glyphs: glyphs, text: text,
                        clusters: Array(repeating: TextCluster(utf8Count: 1, glyphCount: 1), count: bytes))
    }

    @Test func findsURLsWWWAndEmailWithoutTrailingPunctuation() {
        let found = LinkFinder.addresses(in: "See https://example.org/a?b=1, www.example.com. Or mail ana@example.org).")
        #expect(found.map(\.address.target) == ["https://example.org/a?b=1", "https://www.example.com", "mailto:ana@example.org"])
        #expect(found.map(\.address.text) == ["https://example.org/a?b=1", "www.example.com", "ana@example.org"])
        #expect(found.first?.utf16 == 4..<29)
    }

    @Test func theQuickScanLetsEveryAddressThrough() {
        for text in ["a@b.org", "see https://x.org", "www.x.org", "http://x"] { #expect(LinkFinder.mayHoldAddress(Array(text.utf16))) }
        for text in ["Jean-Baptiste Moreau", "Dr. Hiroshi Tanaka", "10:30", "w.w.w"] { #expect(!LinkFinder.mayHoldAddress(Array(text.utf16))) }
    }

    @Test func plainTextHasNoAddresses() {
        #expect(LinkFinder.addresses(in: "Meet at 10.30 a.m. on 1.2.2026; email us (at) the office.").isEmpty)
    }

    @Test func linkCoversTheAddressGlyphs() throws {
        let address = try #require(LinkFinder.addresses(in: "write to ana@example.org.").first?.address)
        let links = LinkFinder.links(in: [run("write to ana@example.org.")], addresses: [address])
        #expect(links == [LinkArea(x: 100 + 9 * 5, y: 200 - 8.5, width: 15 * 5, height: 11, target: "mailto:ana@example.org")])
    }

    @Test func halfAnAddressOnALineIsNotLinked() throws {
        let address = try #require(LinkFinder.addresses(in: "www.example-site.org").first?.address)
        #expect(LinkFinder.links(in: [run("see www.example-")], addresses: [address]).isEmpty)
    }

    @Test func addressesBreakBeforeDotsAndAfterAtButLeaveNoScraps() {
        let text = Array("press@cleanwater.example.org".utf16)
        let breaks = ItemBuilder.addressBreaks(in: text, range: 0..<text.count, address: 0..<text.count)
        // After "press@" and before ".example"; not before ".org" (a scrap).
        #expect(breaks == [6, 16])
        let www = Array("www.example.org".utf16)
        #expect(ItemBuilder.addressBreaks(in: www, range: 0..<www.count, address: 0..<www.count) == [])
    }
}
