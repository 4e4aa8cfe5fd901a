/// Recognises a data row that is the header row again (files joined with `cat`, exports
/// appended to each other): every field equals its header, ignoring case.
///
/// Most rows differ in their first field by length alone, so each field is first measured on
/// its raw bytes: a field with more characters than its lowercased header could have cannot
/// equal it, and is not cleaned and lowercased.
struct HeaderRepeat {
    private let lowercasedNames: [String]
    /// For each header, the most scalars a field equal to it (ignoring case) can have.
    private let longestMatches: [Int]

    init(names: [String]) {
        lowercasedNames = names.map { $0.lowercased() }
        // Lowercasing and canonical decomposition never shorten text, so a matching field has
        // at most as many scalars as the header's decomposed lowercase form: the header itself
        // when ASCII, at most four scalars for each of its scalars otherwise.
        longestMatches = lowercasedNames.map { name in
            name.utf8.allSatisfy { $0 < 0x80 } ? name.utf8.count : 4 * name.unicodeScalars.count
        }
    }

    /// Whether `fields` repeat the header row.
    func isRepeated(in fields: CSVFields) -> Bool {
        guard fields.count == lowercasedNames.count else { return false }
        return lowercasedNames.indices.allSatisfy { index in
            fields.withField(index) { field in
                !Self.hasMoreScalars(field, than: longestMatches[index])
                    && FieldText.clean(field).lowercased() == lowercasedNames[index]
            }
        }
    }

    /// Whether the cleaned field certainly has more than `limit` scalars: counts the printable
    /// ASCII bytes and the lead bytes of scalars that cleaning never folds away (folded white
    /// space above ASCII starts with E1, E2 or E3).
    private static func hasMoreScalars(_ field: UnsafeBufferPointer<UInt8>, than limit: Int) -> Bool {
        var count = 0
        for byte in field {
            switch byte {
            case 0x21...0x7E, 0xC2...0xE0, 0xE4...0xF4: count += 1
            default: continue
            }
            if count > limit { return true }
        }
        return false
    }
}
