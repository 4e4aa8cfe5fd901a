/// "Did you mean …?" hints for misspelt names.
package enum Suggestion {
    /// The candidate closest to `word` by edit distance (ignoring case), if it is close enough
    /// to be a plausible typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        let limit = max(2, target.count / 3)
        let scored = candidates.map { (candidate: $0, distance: editDistance(target, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else { return nil }
        return best.candidate
    }

    /// `"; did you mean 'columns'?"` or an empty string when nothing is close.
    package static func didYouMean(_ word: String, among candidates: [String], quote: (String) -> String = { "'\($0)'" }) -> String {
        closest(to: word, among: candidates).map { "; did you mean \(quote($0))?" } ?? ""
    }

    /// Levenshtein distance: insertions, deletions and substitutions each cost one.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, charA) in a.enumerated() {
            var current = [i + 1]
            for (j, charB) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (charA == charB ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
