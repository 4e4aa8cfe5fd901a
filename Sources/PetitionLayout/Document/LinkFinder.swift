import DisplayList
import Foundation

/// Finds web and email addresses in text (`https://…` and `www.…` open in a browser,
/// `name@example.org` as `mailto:`) and the clickable areas over their glyphs. An address is
/// linked only where it stands whole on one line; the halves of one broken across lines would
/// each open the wrong place.
enum LinkFinder {
    /// An address as written in the text, and what its link opens.
    struct Address: Equatable {
        var text: String
        var target: String
    }

    private static let pattern = try! NSRegularExpression(
        pattern: #"(?:https?://|www\.)[^\s<>"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#)
    /// Characters that end a sentence rather than an address.
    private static let trailingPunctuation = CharacterSet(charactersIn: ".,;:!?)]}'’\"”")

    /// Whether `text` might hold an address (an @, "www." or "://"): a quick scan that spares
    /// the pattern match for the many texts, such as names, that cannot.
    static func mayHoldAddress(_ text: [UInt16]) -> Bool {
        let at: UInt16 = 0x40, colon: UInt16 = 0x3A, slash: UInt16 = 0x2F, dot: UInt16 = 0x2E, w: UInt16 = 0x77
        for (index, unit) in text.enumerated() {
            if unit == at { return true }
            if unit == colon, index + 2 < text.count, text[index + 1] == slash, text[index + 2] == slash { return true }
            if unit == w, index + 3 < text.count, text[index + 1] == w, text[index + 2] == w, text[index + 3] == dot { return true }
        }
        return false
    }

    /// The addresses in `text` with their UTF-16 ranges, in order.
    static func addresses(in text: String) -> [(address: Address, utf16: Range<Int>)] {
        guard mayHoldAddress(Array(text.utf16)) else { return [] }
        let whole = NSRange(location: 0, length: text.utf16.count)
        return pattern.matches(in: text, range: whole).compactMap { match in
            guard let found = Range(match.range, in: text) else { return nil }
            var written = String(text[found])
            while let last = written.unicodeScalars.last, trailingPunctuation.contains(last) { written.removeLast() }
            guard !written.isEmpty else { return nil }
            let target = written.contains("@") && !written.contains("/") ? "mailto:" + written
                : written.hasPrefix("www.") ? "https://" + written : written
            return (Address(text: written, target: target), match.range.location..<(match.range.location + written.utf16.count))
        }
    }

    /// Clickable areas for `addresses` where they appear whole in one of `runs` (one line's).
    static func links(in runs: [GlyphRun], addresses: [Address]) -> [LinkArea] {
        guard !addresses.isEmpty else { return [] }
        return runs.indices.flatMap { index in
            links(in: runs[index], followedBy: runs[(index + 1)...].first, addresses: addresses)
        }
    }

    private static func links(in run: GlyphRun, followedBy next: GlyphRun?, addresses: [Address]) -> [LinkArea] {
        guard !run.clustersAreBackward, let baseline = run.glyphs.first?.y else { return [] }
        var links: [LinkArea] = []
        for address in addresses {
            var searchStart = run.text.startIndex
            while let found = run.text.range(of: address.text, range: searchStart..<run.text.endIndex) {
                let start = run.text.utf8.distance(from: run.text.startIndex, to: found.lowerBound)
                let bytes = start..<(start + address.text.utf8.count)
                if let span = glyphSpan(of: bytes, in: run, followedBy: next) {
                    links.append(LinkArea(x: span.lowerBound, y: baseline - run.size * 0.85, width: span.upperBound - span.lowerBound,
                                          height: run.size * 1.1, target: address.target))
                }
                searchStart = found.upperBound
            }
        }
        return links
    }

    /// The horizontal extent of the glyphs showing UTF-8 bytes `bytes` of the run's text.
    private static func glyphSpan(of bytes: Range<Int>, in run: GlyphRun, followedBy next: GlyphRun?) -> Range<Double>? {
        var byte = 0
        var glyph = 0
        var covered: [Int] = []
        for cluster in run.clusters {
            if byte < bytes.upperBound, byte + cluster.utf8Count > bytes.lowerBound {
                covered += glyph..<(glyph + cluster.glyphCount)
            }
            byte += cluster.utf8Count
            glyph += cluster.glyphCount
        }
        guard let first = covered.min(), let last = covered.max() else { return nil }
        // The last glyph's right edge: where the next glyph starts, else about half an em on.
        let end = last + 1 < run.glyphs.count ? run.glyphs[last + 1].x
            : next?.glyphs.first?.x ?? run.glyphs[last].x + run.size * 0.5
        let left = run.glyphs[first].x
        return left..<max(end, left + 1)
    }
}
