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
