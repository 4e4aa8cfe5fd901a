import Foundation

/// The "skeleton" of a text after UTS #39 (section 4): two texts with the same skeleton look
/// alike, like `Маria` (Cyrillic М, а) and `Maria`.
///
/// Computed as NFKD, each character replaced by its prototype from `ConfusableTable`, lowercased,
/// mapped again (so `M` ends as `rn` like `m`), then NFKD. Compatibility decomposition (instead of
/// the standard's NFD) also makes full-width letters and ligatures look like their plain forms;
/// lowercasing matches our duplicate rule, which ignores case.
///
/// This is the definition; `SkeletonBuilder` computes the same for a million names quickly.
enum ConfusableSkeleton {
    static func skeleton(_ text: String) -> String {
        mapped(text).decomposedStringWithCompatibilityMapping
    }

    /// The text before the final decomposition: decomposed, mapped, lowercased, mapped again.
    static func mapped(_ text: String) -> String {
        prototypes(of: prototypes(of: text.decomposedStringWithCompatibilityMapping).lowercased())
    }

    private static func prototypes(of text: String) -> String {
        var mapped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let prototype = ConfusableTable.prototypes[scalar] {
                mapped.append(contentsOf: prototype.unicodeScalars)
            } else {
                mapped.append(scalar)
            }
        }
        return String(mapped)
    }
}

/// Computes confusable skeletons (`ConfusableSkeleton`) of many texts quickly, as UTF-8 bytes.
///
/// Every step of the skeleton works character by character except the reordering of combining
/// marks inside NFKD, which never crosses a character whose decomposition, mapped form and
/// skeleton each start with a starter (canonical combining class 0). So a text is cut before
/// each such character into segments, and its skeleton is the skeletons of its segments put
/// together. A segment of one character (most of them: every letter of most scripts) takes its
/// skeleton from a table filled as characters are first seen; a longer one (a letter with
/// combining marks that reorder, such as a Devanagari virama) is computed once and remembered.
struct SkeletonBuilder: ComparedForm {
    /// For each character seen so far, its skeleton, flagged when a segment may start with it.
    private var pieces = ScalarBytesMemo(Self.makePiece)
    /// Skeletons of segments of more than one character, capped like `RememberedValues`.
    private var segments: [[UInt8]: [UInt8]] = [:]

    /// Appends the skeleton of `text` to `output`.
    mutating func append(formOf text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var segmentStart = 0
            var singlePiece: ScalarBytesMemo.Entry?
            var index = 0
            while index < bytes.count {
                let (scalar, length) = bytes[index] < 0x80
                    ? (Unicode.Scalar(bytes[index]), 1) : UTF8Validation.decode(bytes, at: index)
                let piece = pieces.entry(for: scalar)
                if piece.flag, index > 0 {
                    flush(bytes, segmentStart..<index, singlePiece, to: &output)
                    segmentStart = index
                    singlePiece = piece
                } else {
                    singlePiece = index == 0 ? piece : nil
                }
                index += length
            }
            if !bytes.isEmpty { flush(bytes, segmentStart..<bytes.count, singlePiece, to: &output) }
        }
    }

    private mutating func flush(_ bytes: UnsafeBufferPointer<UInt8>, _ segment: Range<Int>, _ singlePiece: ScalarBytesMemo.Entry?,
                                to output: inout [UInt8]) {
        if let singlePiece {
            pieces.append(singlePiece, to: &output)
            return
        }
        let key = Array(bytes[segment])
        if let known = segments[key] {
            output.append(contentsOf: known)
            return
        }
        let skeleton = Array(ConfusableSkeleton.skeleton(String(decoding: key, as: UTF8.self)).utf8)
        if segments.count < RememberedValues.capacity { segments[key] = skeleton }
        output.append(contentsOf: skeleton)
    }

    /// The skeleton of one character, flagged when a segment may start with it.
    private static func makePiece(_ scalar: Unicode.Scalar) -> (bytes: [UInt8], flag: Bool) {
        let text = String(scalar)
        let skeleton = ConfusableSkeleton.skeleton(text)
        let startsSegment = [text, text.decomposedStringWithCompatibilityMapping, ConfusableSkeleton.mapped(text), skeleton]
            .allSatisfy { $0.unicodeScalars.first?.properties.canonicalCombiningClass == .notReordered }
        return (Array(skeleton.utf8), startsSegment)
    }
}

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
