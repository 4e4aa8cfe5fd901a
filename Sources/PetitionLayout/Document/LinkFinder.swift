import DisplayList
import Foundation

/// Finds web addresses and email addresses in glyph runs and returns clickable areas over their
/// glyphs: `https://…` and `www.…` open in a browser, `name@example.org` as `mailto:`. An address
/// broken across two lines gets no link (each half alone would open the wrong place).
enum LinkFinder {
    private static let pattern = try! NSRegularExpression(
        pattern: #"(?:https?://|www\.)[^\s<>"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#)
    /// Characters that end a sentence rather than an address.
    private static let trailingPunctuation = CharacterSet(charactersIn: ".,;:!?)]}'’\"”")

    /// The links in `runs` (one line's runs).
    static func links(in runs: [GlyphRun]) -> [LinkArea] {
        runs.indices.flatMap { index in links(in: runs[index], followedBy: runs[(index + 1)...].first) }
    }

    /// The address targets in `text` with their UTF-8 byte ranges.
    static func targets(in text: String) -> [(target: String, bytes: Range<Int>)] {
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { match in
            guard let found = Range(match.range, in: text) else { return nil }
            var address = String(text[found])
            while let last = address.unicodeScalars.last, trailingPunctuation.contains(last) { address.removeLast() }
            guard !address.isEmpty else { return nil }
            let start = text.utf8.distance(from: text.utf8.startIndex, to: found.lowerBound)
            let target = address.contains("@") && !address.contains("/") ? "mailto:" + address
                : address.hasPrefix("www.") ? "https://" + address : address
            return (target, start..<(start + address.utf8.count))
        }
    }

    private static func links(in run: GlyphRun, followedBy next: GlyphRun?) -> [LinkArea] {
        guard !run.clustersAreBackward, let baseline = run.glyphs.first?.y else { return [] }
        return targets(in: run.text).compactMap { target, bytes in
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
            let end = last + 1 < run.glyphs.count ? run.glyphs[last + 1].x
                : next?.glyphs.first?.x ?? run.glyphs[last].x + run.size * 0.5
            let left = run.glyphs[first].x
            return LinkArea(x: left, y: baseline - run.size * 0.85, width: max(end - left, 1), height: run.size * 1.1,
                            target: target)
        }
    }
}
