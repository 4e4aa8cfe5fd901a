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
