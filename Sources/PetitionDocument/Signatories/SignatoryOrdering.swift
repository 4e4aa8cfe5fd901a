import Foundation

/// The print order of entries: by group key (collated; the empty key last), then by the chosen
/// order, then as given.
struct SignatoryOrdering {
    let order: SignatoryOrder
    let locale: Locale

    /// The indices of `entries` in print order, or `nil` when that is the order as given.
    func permutation(of entries: [Signatory], groupKeys: [String]?) -> [Int]? {
        guard order != .asGiven || groupKeys != nil else { return nil }
        let ranker = CollationRanker(locale: locale)
        let groupRanks = groupKeys.map { keys in
            zip(keys, ranker.ranks(of: keys)).map { key, rank in key.isEmpty ? Int32.max : rank }
        }
        let nameRanks: [Int32]? = switch order {
        case .asGiven: nil
        case .fullName: ranker.ranks(count: entries.count, item: { UTF8Key(entries[$0].name) }, sortKey: \.text)
        case .surname:
            ranker.ranks(count: entries.count, item: { PrintedName(text: UTF8Key(entries[$0].name), isOrganisation: entries[$0].isOrganisation) }) {
                $0.isOrganisation ? $0.text.text : Self.surnameFirst($0.text.text)
            }
        }
        var indices = Array(entries.indices)
        indices.sort { lhs, rhs in
            if let groupRanks, groupRanks[lhs] != groupRanks[rhs] { return groupRanks[lhs] < groupRanks[rhs] }
            if let nameRanks, nameRanks[lhs] != nameRanks[rhs] { return nameRanks[lhs] < nameRanks[rhs] }
            return lhs < rhs
        }
        return indices
    }

    /// A name and whether it is an organisation's, which sorts by its full name.
    private struct PrintedName: Hashable {
        let text: UTF8Key
        let isOrganisation: Bool
    }

    /// The name as sorted by surname: "Surname Given names" (see `SurnameRule`).
    static func surnameFirst(_ name: String) -> String {
        let (given, surname) = SurnameRule.split(name)
        return given.isEmpty ? surname : surname + " " + given
    }

    /// The runs of equal keys in `keys` (already in group order) as groups.
    static func groups(keys: [String]) -> [SignatoryGroup] {
        var groups: [SignatoryGroup] = []
        var start = 0
        for index in keys.indices where index == keys.count - 1 || keys[index + 1] != keys[index] {
            let name = keys[index].isEmpty ? SignatoryGroup.otherName : keys[index]
            groups.append(SignatoryGroup(name: name, range: start..<(index + 1)))
            start = index + 1
        }
        return groups
    }
}
