import Foundation

/// The print order of entries: by group key (collated; the empty key last), then by the chosen
/// order, then as given.
struct SignatoryOrdering {
    let order: SignatoryOrder
    /// An ICU locale identifier for the collation.
    let locale: String

    /// The indices of `entries` in print order, or `nil` when that is the order as given.
    func permutation(of entries: SignatoryArray, groupKeys: [String]?) -> [Int]? {
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

/// The order in which signatories print (within each group when grouped).
public enum SignatoryOrder: String, CaseIterable, Sendable {
    /// The order of the file.
    case asGiven = "as-given"
    /// By surname (see `SurnameRule`), then given names, with the locale's collation.
    case surname
    /// By the name as printed, with the locale's collation.
    case fullName = "full-name"
}

/// Where a person's surname is in a name as printed, for sorting by surname and for the
/// surname-initial privacy preset.
///
/// - A name with a comma is "Surname, Given names" (`García, Maria`), unless what follows the
///   comma is a suffix such as `Jr.` or `III`, which is then set aside.
/// - Otherwise the surname is the last word together with the particles just before it
///   (`van`, `der`, `de`, `la`, `da`, ... in any case): `Jan van der Berg` has the surname
///   `van der Berg`, `Maria de la Cruz` has `de la Cruz`. The first word is never a particle.
/// - A name of one word (`Prince`, `王伟`, written without spaces) is all surname, no given name.
enum SurnameRule {
    /// Words kept with the surname that follows them, lowercased.
    static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "del", "della", "degli", "di", "da", "das", "do", "dos",
        "du", "la", "le", "lo", "ter", "ten", "te", "zu", "bin", "ibn", "bint", "al", "el", "ben",
    ]
    /// Words after a comma that are suffixes, not given names, lowercased.
    static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "md"]

    static func split(_ name: String) -> (given: String, surname: String) {
        let utf8 = name.utf8
        if let comma = utf8.firstIndex(of: UInt8(ascii: ",")) {
            let before = name[..<comma].trimmingPrefix(" ")
            let after = String(name[utf8.index(after: comma)...].trimmingPrefix(" "))
            if !suffixes.contains(after.lowercased()) {
                return (after, String(before))
            }
            return split(String(before))
        }
        // Fields are white-space folded, so words are separated by single spaces.
        var wordStarts = [utf8.startIndex]
        var index = utf8.startIndex
        while let space = utf8[index...].firstIndex(of: UInt8(ascii: " ")) {
            index = utf8.index(after: space)
            wordStarts.append(index)
        }
        guard wordStarts.count > 1 else { return ("", name) }
        var start = wordStarts.count - 1
        while start > 1, isParticle(name[wordStarts[start - 1]..<utf8.index(before: wordStarts[start])]) { start -= 1 }
        return (String(name[..<utf8.index(before: wordStarts[start])]), String(name[wordStarts[start]...]))
    }

    private static func isParticle(_ word: Substring) -> Bool {
        word.utf8.count <= 5 && particles.contains(word.lowercased())
    }

    /// The name with the surname reduced to its initial ("Maria G."); one-word names as given.
    static func initialised(_ name: String) -> String {
        let (given, surname) = split(name)
        guard !given.isEmpty, let initial = surname.first else { return name }
        return "\(given) \(initial.uppercased())."
    }
}

extension Array {
    /// Reorders the elements so that element `i` becomes the old element `order[i]`, in place
    /// (following cycles), so a million signatories are not copied into a second array.
    /// `order` must be a permutation of the indices.
    mutating func permute(by order: [Int]) {
        precondition(order.count == count, "the order must name every element once")
        var placed = [Bool](repeating: false, count: count)
        for start in indices where !placed[start] {
            let held = self[start]
            var index = start
            while true {
                placed[index] = true
                let source = order[index]
                if source == start {
                    self[index] = held
                    break
                }
                self[index] = self[source]
                index = source
            }
        }
    }
}
