import Foundation

/// File names made from group names ("France", "Côte d'Ivoire", "A/B testing", "..") that are
/// safe on Linux, macOS and Windows file systems and never collide.
///
/// A name keeps its letters in any script (`Россия`, `中国`, `السودان`), NFC-normalised; dashes
/// (`1–500`) become `-`, which a shell user can type. Replaced by `_`: white space, `/`, `\`, the characters Windows forbids (`: * ? " < > |`), control and
/// format characters (bidi overrides such as U+202E could disguise an extension). A leading `.`
/// becomes `_` (no hidden files, no `..`), trailing dots go (Windows drops them; spaces are already `_`), a
/// Windows device name (`CON`, `nul`, `COM1`...) gets a `_`, and a name is cut to
/// `maximumBytes` of UTF-8 at a character boundary (file systems allow 255 bytes; the rest is
/// left for a prefix, a suffix and the extension). Names that would be equal on a
/// case-insensitive file system (`France`, `FRANCE`) get `-2`, `-3`... in the order asked.
public struct SafeFileNames: Sendable {
    /// The longest name handed out, in UTF-8 bytes, before a collision suffix.
    public static let maximumBytes = 120

    private static let forbidden: Set<Unicode.Scalar> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
    private static let deviceNames = Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// Names handed out so far, folded for comparison.
    private var taken: Set<String> = []

    public init() {}

    /// A safe, unused name for `group` (without extension), remembered so no later call returns
    /// it again.
    public mutating func name(for group: String) -> String {
        let base = Self.safe(group)
        var candidate = base
        var number = 2
        while !taken.insert(Self.folded(candidate)).inserted {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }

    /// `group` made safe as a file name, without collision checks.
    public static func safe(_ group: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in group.precomposedStringWithCanonicalMapping.unicodeScalars {
            let category = scalar.properties.generalCategory
            let unsafe = forbidden.contains(scalar) || scalar.properties.isWhitespace
                || category == .control || category == .format || category == .lineSeparator || category == .paragraphSeparator
                || category == .unassigned || category == .surrogate || category == .privateUse
            scalars.append(unsafe ? "_" : category == .dashPunctuation ? "-" : scalar)
        }
        var name = String(scalars)
        while name.hasSuffix(".") { name.removeLast() }
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        name = truncated(name, toBytes: maximumBytes)
        if name.isEmpty || name.allSatisfy({ $0 == "_" }) { name = "group" + (name.isEmpty ? "" : name) }
        let stem = name.split(separator: ".", maxSplits: 1).first.map { String($0).lowercased() } ?? ""
        if deviceNames.contains(stem) { name += "_" }
        return name
    }

    /// The longest prefix of `name`, in whole characters, that fits in `bytes` of UTF-8.
    static func truncated(_ name: String, toBytes bytes: Int) -> String {
        guard name.utf8.count > bytes else { return name }
        var result = ""
        for character in name {
            guard result.utf8.count + character.utf8.count <= bytes else { break }
            result.append(character)
        }
        return result
    }

    /// How a case-insensitive, normalising file system (APFS, NTFS) compares names.
    private static func folded(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
    }
}
