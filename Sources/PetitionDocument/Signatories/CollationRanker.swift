import Foundation

/// Ranks strings in the collation order of a locale (Foundation's
/// `compare(_:options:range:locale:)`), fast enough for a million names.
///
/// Comparing with Foundation costs about a microsecond, so sorting a million names directly
/// would take a minute. Instead, each distinct scalar is ranked once by its primary collation
/// weight (scalars that differ only in case or, where the locale says so, accents share a
/// rank), each distinct string gets a sort key of scalar ranks, and the strings are sorted by
/// key, comparing with Foundation only when keys tie. The key ignores contractions and
/// expansions (Danish `aa`, German `ß`), so a final insertion pass compares neighbours with
/// Foundation and moves any string the key misplaced: the result is exactly Foundation's order
/// at the cost of about one Foundation comparison per distinct string.
struct CollationRanker {
    private let locale: Locale

    init(locale: Locale) {
        self.locale = locale
    }

    func compare(_ lhs: String, _ rhs: String) -> ComparisonResult {
        lhs.compare(rhs, options: [], range: nil, locale: locale)
    }

    /// For each string, its position among the distinct strings in collation order; equal
    /// strings get equal ranks.
    func ranks(of strings: [String]) -> [Int32] {
        ranks(count: strings.count, item: { UTF8Key(strings[$0]) }, sortKey: \.text)
    }

    /// For items `0..<count` (given by `item`), the position of `sortKey(item)` among the
    /// distinct items' keys in collation order; equal items get equal ranks. `sortKey` is called
    /// once per distinct item.
    func ranks<Item: Hashable>(count: Int, item: (Int) -> Item, sortKey: (Item) -> String) -> [Int32] {
        var ids: [Item: Int32] = [:]
        ids.reserveCapacity(count)
        var distinct: [Item] = []
        let idOfString = (0..<count).map { index in
            let item = item(index)
            if let id = ids[item] { return id }
            let id = Int32(distinct.count)
            ids[item] = id
            distinct.append(item)
            return id
        }
        ids = [:]
        let keys = distinct.map(sortKey)
        distinct = []
        let order = sortedIndices(of: keys)
        var rankOfID = [Int32](repeating: 0, count: keys.count)
        for (rank, id) in order.enumerated() { rankOfID[id] = Int32(rank) }
        return idOfString.map { rankOfID[Int($0)] }
    }

    /// The indices of `strings` in collation order.
    private func sortedIndices(of strings: [String]) -> [Int] {
        let keys = SortKeys(strings, scalarRanks: scalarRanks(in: strings))
        var order = Array(strings.indices)
        keys.withComparator { compareKeys in
            order.sort { lhs, rhs in
                switch compareKeys(lhs, rhs) {
                case .orderedAscending: true
                case .orderedDescending: false
                case .orderedSame: compare(strings[lhs], strings[rhs]) == .orderedAscending
                }
            }
        }
        for index in order.indices.dropFirst() {
            var position = index
            while position > 0, compare(strings[order[position]], strings[order[position - 1]]) == .orderedAscending {
                order.swapAt(position, position - 1)
                position -= 1
            }
        }
        return order
    }

    /// A primary rank for each scalar in `strings`, indexed by scalar value: scalars in
    /// collation order, with a new rank only where the next scalar differs at the primary level.
    /// `y` is primary-equal to the preceding `x` when "ya" sorts before "xz". A flat table
    /// (2 MB) is much faster than a dictionary for the millions of look-ups that follow.
    private func scalarRanks(in strings: [String]) -> [UInt16] {
        var table = [UInt16](repeating: 0, count: 0x110000)
        var scalars: [Unicode.Scalar] = []
        for string in strings {
            for scalar in string.unicodeScalars where table[Int(scalar.value)] == 0 {
                table[Int(scalar.value)] = 1
                scalars.append(scalar)
            }
        }
        let sorted = scalars.map { String($0) }.sorted { compare($0, $1) == .orderedAscending }
        var rank: UInt16 = 0
        for (index, text) in sorted.enumerated() {
            if index > 0, rank < UInt16.max, compare(text + "a", sorted[index - 1] + "z") != .orderedAscending {
                rank += 1
            }
            table[Int(text.unicodeScalars.first!.value)] = rank
        }
        return table
    }
}

/// The scalar-rank keys of many strings, back to back in one buffer.
private struct SortKeys {
    private var ranks: [UInt16] = []
    private var ends: [Int32] = []

    init(_ strings: [String], scalarRanks: [UInt16]) {
        ends.reserveCapacity(strings.count)
        scalarRanks.withUnsafeBufferPointer { table in
            for string in strings {
                for scalar in string.unicodeScalars { ranks.append(table[Int(scalar.value)]) }
                ends.append(Int32(ranks.count))
            }
        }
    }

    /// Calls `body` with a function comparing the keys of two strings by index, working on the
    /// buffers directly.
    func withComparator<Result>(_ body: ((Int, Int) -> ComparisonResult) -> Result) -> Result {
        ranks.withUnsafeBufferPointer { ranks in
            ends.withUnsafeBufferPointer { ends in
                body { lhs, rhs in
                    let lhsStart = lhs == 0 ? 0 : Int(ends[lhs - 1]), lhsEnd = Int(ends[lhs])
                    let rhsStart = rhs == 0 ? 0 : Int(ends[rhs - 1]), rhsEnd = Int(ends[rhs])
                    let lhsCount = lhsEnd - lhsStart, rhsCount = rhsEnd - rhsStart
                    for offset in 0..<min(lhsCount, rhsCount) where ranks[lhsStart + offset] != ranks[rhsStart + offset] {
                        return ranks[lhsStart + offset] < ranks[rhsStart + offset] ? .orderedAscending : .orderedDescending
                    }
                    return lhsCount == rhsCount ? .orderedSame : (lhsCount < rhsCount ? .orderedAscending : .orderedDescending)
                }
            }
        }
    }
}
