/// Checks the shape of a BCP 47 language tag (RFC 5646, section 2.1) and puts it in canonical
/// case: `EN_us` becomes `en-US`, `zh-hans` becomes `zh-Hans`.
///
/// Only the shape is checked, not the registry: `xx-YY` passes. Stricter than the RFC on purpose:
/// a primary language subtag must have 2 or 3 letters (the 4–8 letter forms are reserved and
/// none is assigned), so that `english` or `deutsch` is caught; grandfathered tags such as
/// `i-klingon` are not accepted. An underscore is taken as a hyphen, since `pt_BR` is a common
/// way of writing `pt-BR`.
enum LanguageTag {
    /// The tag in canonical case, or `nil` when `text` is not shaped like a language tag.
    static func canonical(_ text: String) -> String? {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
            .map { String($0) }
        guard subtags.allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy(isAlphanumeric) })
        else { return nil }
        var cursor = Cursor(subtags: subtags)
        guard cursor.readLanguage(), cursor.readRest() else { return nil }
        return cursor.output.joined(separator: "-")
    }

    private static func isAlphanumeric(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }

    /// Walks the subtags in the order RFC 5646 allows them, collecting canonical spellings.
    private struct Cursor {
        let subtags: [String]
        var index = 0
        var output: [String] = []

        private var current: String? { index < subtags.count ? subtags[index] : nil }

        private mutating func take(_ canonical: String) {
            output.append(canonical)
            index += 1
        }

        private static func isAlpha(_ subtag: String) -> Bool { subtag.allSatisfy(\.isLetter) }
        private static func isDigits(_ subtag: String) -> Bool { subtag.allSatisfy(\.isNumber) }

        /// language = 2*3ALPHA *3("-" extlang); or a private-use tag `x-…`.
        mutating func readLanguage() -> Bool {
            guard let language = current, Self.isAlpha(language) else { return false }
            if language.lowercased() == "x" { return readPrivateUse() }
            guard (2...3).contains(language.count) else { return false }
            take(language.lowercased())
            var extlangs = 0
            while extlangs < 3, let extlang = current, extlang.count == 3, Self.isAlpha(extlang) {
                take(extlang.lowercased())
                extlangs += 1
            }
            return true
        }

        /// ["-" script] ["-" region] *("-" variant) *("-" extension) ["-" privateuse]
        mutating func readRest() -> Bool {
            if let script = current, script.count == 4, Self.isAlpha(script) {
                take(script.prefix(1).uppercased() + script.dropFirst().lowercased())
            }
            if let region = current,
               (region.count == 2 && Self.isAlpha(region)) || (region.count == 3 && Self.isDigits(region)) {
                take(region.uppercased())
            }
            while let variant = current, Self.isVariant(variant) {
                take(variant.lowercased())
            }
            while let singleton = current, singleton.count == 1, singleton.lowercased() != "x" {
                take(singleton.lowercased())
                var parts = 0
                while let part = current, part.count >= 2 {
                    take(part.lowercased())
                    parts += 1
                }
                guard parts > 0 else { return false }
            }
            if let singleton = current, singleton.lowercased() == "x" { return readPrivateUse() }
            return current == nil
        }

        /// privateuse = "x" 1*("-" 1*8alphanum)
        private mutating func readPrivateUse() -> Bool {
            take("x")
            guard current != nil else { return false }
            while let part = current { take(part.lowercased()) }
            return true
        }

        /// variant = 5*8alphanum / (DIGIT 3alphanum)
        private static func isVariant(_ subtag: String) -> Bool {
            (5...8).contains(subtag.count) || (subtag.count == 4 && subtag.first?.isNumber == true)
        }
    }
}
