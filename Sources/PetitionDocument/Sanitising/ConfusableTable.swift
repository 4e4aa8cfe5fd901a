/// A small subset of Unicode's confusables data (UTS #39, `confusables.txt`): the letters of
/// Cyrillic and Greek that look like Latin letters in ordinary fonts, a few Latin look-alikes
/// (dotless i, long s, script l), and the digits and letters that pass for one another (0/O,
/// 1/l/I, rn/m). Each maps to its Latin prototype, as in `confusables.txt`.
///
/// Scope: written by hand for the scripts names on our lists mix most; it is not the full table.
/// Full-width and other compatibility forms need no entry: the skeleton decomposes them (NFKD).
/// Letters not here (Armenian, Cherokee, mathematical alphanumerics beyond NFKD, ...) compare
/// as themselves.
enum ConfusableTable {
    static let prototypes: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let pairs: [(String, String)] = [
            // Cyrillic lowercase.
            ("а", "a"), ("е", "e"), ("о", "o"), ("р", "p"), ("с", "c"), ("у", "y"), ("х", "x"), ("ѕ", "s"),
            ("і", "i"), ("ј", "j"), ("ԁ", "d"), ("һ", "h"), ("ԛ", "q"), ("ԝ", "w"), ("ӏ", "l"), ("ү", "y"),
            ("ɡ", "g"),
            // Cyrillic uppercase.
            ("А", "A"), ("В", "B"), ("Е", "E"), ("К", "K"), ("М", "M"), ("Н", "H"), ("О", "O"), ("Р", "P"),
            ("С", "C"), ("Т", "T"), ("Х", "X"), ("У", "Y"), ("Ү", "Y"), ("Ѕ", "S"), ("І", "l"), ("Ј", "J"),
            ("Ԛ", "Q"), ("Ԝ", "W"), ("Ӏ", "l"),
            // Greek.
            ("α", "a"), ("ο", "o"), ("ν", "v"), ("ρ", "p"), ("ι", "i"), ("Α", "A"), ("Β", "B"), ("Ε", "E"),
            ("Ζ", "Z"), ("Η", "H"), ("Ι", "l"), ("Κ", "K"), ("Μ", "M"), ("Ν", "N"), ("Ο", "O"), ("Ρ", "P"),
            ("Τ", "T"), ("Υ", "Y"), ("Χ", "X"),
            // Latin and digits.
            ("ı", "i"), ("ɩ", "i"), ("ſ", "f"), ("ℓ", "l"), ("I", "l"), ("1", "l"), ("|", "l"), ("0", "O"),
            ("m", "rn"),
        ]
        for (from, to) in pairs { table[from.unicodeScalars.first!] = to }
        return table
    }()
}
