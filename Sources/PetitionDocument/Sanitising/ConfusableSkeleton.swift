import Foundation

/// The "skeleton" of a text after UTS #39 (section 4): two texts with the same skeleton look
/// alike, like `Маria` (Cyrillic М, а) and `Maria`.
///
/// Computed as NFKD, each character replaced by its prototype from `ConfusableTable`, lowercased,
/// mapped again (so `M` ends as `rn` like `m`), then NFKD. Compatibility decomposition (instead of
/// the standard's NFD) also makes full-width letters and ligatures look like their plain forms;
/// lowercasing matches our duplicate rule, which ignores case.
enum ConfusableSkeleton {
    static func skeleton(_ text: String) -> String {
        guard text.unicodeScalars.allSatisfy({ $0.value < fastRange }) else { return computed(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars { bytes += pieces[Int(scalar.value)] }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Below U+0300 every character is a starter, so the skeleton of a text is the skeletons of
    /// its characters put together; those are computed once (`pieces`), which keeps a million
    /// Latin names fast.
    private static let fastRange: UInt32 = 0x300

    /// The skeleton of each character below `fastRange`, in UTF-8.
    private static let pieces: [[UInt8]] = (0..<fastRange).map { value in
        Unicode.Scalar(value).map { Array(computed(String($0)).utf8) } ?? []
    }

    private static func computed(_ text: String) -> String {
        let once = prototypes(of: text.decomposedStringWithCompatibilityMapping).lowercased()
        return prototypes(of: once).decomposedStringWithCompatibilityMapping
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
