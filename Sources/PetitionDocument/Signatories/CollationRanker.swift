import CICUShim
import Foundation

/// Ranks strings in the collation order of a locale, fast enough for a million names: ICU's
/// collator for the locale is opened once, each distinct string gets the first bytes of its ICU
/// sort key, and strings are sorted by those bytes, asking the collator only when they tie.
///
/// The order is Foundation's `compare(_:options:range:locale:)` with no options, which on Linux
/// opens an ICU collator for the locale's identifier, with ICU's default attributes, for every
/// comparison (a few microseconds each: a minute for a million names). The sort is stable, so
/// distinct strings the collator finds equal keep the order in which they first appear.
///
/// Not exactly Foundation's order: Foundation carries its own ICU, whose root order for Han
/// characters (radical and stroke) differs from the system's ICU 72 (code point by block), so
/// Chinese names in a list collated for a non-CJK locale can land in a different order among
/// themselves (7 names of a 100,000-name realistic list did). Latin, Cyrillic, Greek, Arabic,
/// Hebrew and kana agree (see the tests), and Foundation calls a few pairs equal that ICU
/// orders ("たなか Straße", "タナカ Straße").
struct CollationRanker {
    private let collator: Collator

    /// The ranker of ICU locale `identifier` ("de", "sv_SE").
    init(locale identifier: String) {
        collator = Collator(locale: identifier)
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

    /// The indices of `strings` in collation order (stable).
    private func sortedIndices(of strings: [String]) -> [Int] {
        let prefixes = strings.map(collator.keyPrefix)
        var order = Array(strings.indices)
        order.sort { lhs, rhs in
            let left = prefixes[lhs], right = prefixes[rhs]
            if left != right { return left < right }
            return collator.compare(strings[lhs], strings[rhs]) < 0
        }
        return order
    }
}

/// ICU's collator for one locale, opened once (see `pp_collator_open`). Where ICU cannot open
/// one, strings compare by code point, as Foundation then does.
final class Collator: @unchecked Sendable {
    /// The first bytes of a string's sort key, most significant first: when two differ, they
    /// order their strings; when equal, the collator must compare the strings.
    struct KeyPrefix: Comparable {
        var high: UInt64
        var low: UInt64

        static func < (lhs: KeyPrefix, rhs: KeyPrefix) -> Bool {
            (lhs.high, lhs.low) < (rhs.high, rhs.low)
        }
    }

    /// Unchecked sendable: ICU's collators may be used from several threads once opened.
    private let collator: OpaquePointer?

    init(locale identifier: String) {
        collator = pp_collator_open(identifier)
    }

    deinit {
        pp_collator_close(collator)
    }

    /// -1, 0 or 1 as `lhs` sorts before, with or after `rhs`.
    func compare(_ lhs: String, _ rhs: String) -> Int32 {
        guard let collator else { return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars) ? -1 : (lhs == rhs ? 0 : 1) }
        var lhs = lhs, rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                left.withMemoryRebound(to: CChar.self) { left in
                    right.withMemoryRebound(to: CChar.self) { right in
                        pp_collator_compare(collator, left.baseAddress, Int32(left.count), right.baseAddress, Int32(right.count))
                    }
                }
            }
        }
    }

    /// The first 16 bytes of `text`'s sort key (all zero without a collator, leaving the order
    /// to `compare`).
    func keyPrefix(_ text: String) -> KeyPrefix {
        guard let collator else { return KeyPrefix(high: 0, low: 0) }
        var text = text
        var bytes = (UInt64(0), UInt64(0))
        withUnsafeMutableBytes(of: &bytes) { buffer in
            let prefix = buffer.bindMemory(to: UInt8.self)
            let status = text.withUTF8 { utf8 in
                utf8.withMemoryRebound(to: CChar.self) { utf8 in
                    pp_collator_key_prefix(collator, utf8.baseAddress, Int32(utf8.count), prefix.baseAddress, Int32(prefix.count))
                }
            }
            // A failure (malformed text only) leaves the prefix zero: the collator decides.
            if status != 0 { prefix.update(repeating: 0) }
        }
        return KeyPrefix(high: UInt64(bigEndian: bytes.0), low: UInt64(bigEndian: bytes.1))
    }
}
