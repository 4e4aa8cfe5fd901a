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
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSkeleton(text) }
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

    /// The same for ASCII text, without Foundation.
    private static func asciiSkeleton(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 4)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "I"), UInt8(ascii: "1"), UInt8(ascii: "|"): bytes.append(UInt8(ascii: "l"))
            case UInt8(ascii: "0"): bytes.append(UInt8(ascii: "o"))
            case UInt8(ascii: "m"), UInt8(ascii: "M"): bytes += [UInt8(ascii: "r"), UInt8(ascii: "n")]
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
