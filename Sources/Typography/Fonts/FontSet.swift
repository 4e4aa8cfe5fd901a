import DisplayList
import Foundation

/// Regular text or bold (headings, the title, signatory names).
public enum FontWeight: String, Sendable, Hashable, CaseIterable {
    case regular, bold
}

/// Which font serves which script, and in what order to fall back: a file in `fonts/`
/// (documented in `fonts/README.md`).
public struct FontSet: Sendable {
    public let name: String
    public let description: String
    /// Font files named in the set that are not installed (the rest of the set still works).
    public let missingFiles: [String]
    private let scriptFonts: [String: [FontWeight: [FontReference]]]
    private let fallbackFonts: [FontWeight: [FontReference]]
    /// Per language tag (lowercased), fonts that come before the script's own: Han in a Japanese
    /// letter takes the Japanese face, not the Simplified Chinese one.
    private let languageFonts: [String: [String: [FontWeight: [FontReference]]]]

    /// The fonts to try for `script` in `language`, best first: the language's fonts for the script
    /// (the longest matching prefix of the tag: `zh-Hant-TW`, `zh-Hant`, `zh`), the script's own
    /// families, then the default family, then the fallback chain. A character takes the first
    /// font that covers it. At each step a weight with no installed font of its own takes the
    /// regular fonts: most Noto script families have no bold, and their names still print.
    public func candidates(for script: Script, weight: FontWeight, language: String = "") -> [FontReference] {
        var chain: [FontReference] = []
        func fonts(_ weights: [FontWeight: [FontReference]]) -> [FontReference] {
            if let own = weights[weight], !own.isEmpty { return own }
            return weights[.regular] ?? []
        }
        if let entry = languageEntry(for: language)?[script.isoCode] { chain += fonts(entry) }
        for key in [script.isoCode, "default"] { chain += fonts(scriptFonts[key] ?? [:]) }
        chain += fonts(fallbackFonts)
        var seen = Set<FontReference>()
        return chain.filter { seen.insert($0).inserted }
    }

    /// The language entry for the longest prefix of `tag` the set names.
    private func languageEntry(for tag: String) -> [String: [FontWeight: [FontReference]]]? {
        var subtags = tag.lowercased().replacingOccurrences(of: "_", with: "-").split(separator: "-")
        while !subtags.isEmpty {
            if let entry = languageFonts[subtags.joined(separator: "-")] { return entry }
            subtags.removeLast()
        }
        return nil
    }

    /// Reads a font set file. Font names are looked up in the file's `directories`; a name may end
    /// in `#N` to pick face N of a collection.
    public static func load(contentsOf url: URL) throws -> FontSet {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw FontError(path: url.path, message: "cannot read the font set")
        }
        let file: FontSetFile
        do { file = try JSONDecoder().decode(FontSetFile.self, from: data) } catch {
            throw FontError(path: url.path, message: "not a valid font set: \(error)")
        }
        guard file.format == 1 else {
            throw FontError(path: url.path, message: "unsupported font set format \(file.format) (this version reads format 1)")
        }
        var missing: [String] = []
        func resolve(_ entries: [String]?) -> [FontReference] {
            (entries ?? []).compactMap { entry in
                let parts = entry.split(separator: "#", maxSplits: 1)
                let fileName = String(parts[0])
                let face = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
                for directory in file.directories {
                    let path = (directory as NSString).appendingPathComponent(fileName)
                    if FileManager.default.fileExists(atPath: path) { return FontReference(path: path, faceIndex: face) }
                }
                if !missing.contains(fileName) { missing.append(fileName) }
                return nil
            }
        }
        func resolveWeights(_ weights: [String: [String]]) -> [FontWeight: [FontReference]] {
            var result: [FontWeight: [FontReference]] = [:]
            for weight in FontWeight.allCases { result[weight] = resolve(weights[weight.rawValue]) }
            return result
        }
        let scripts = file.scripts.mapValues(resolveWeights)
        let fallback = resolveWeights(file.fallback)
        var languages: [String: [String: [FontWeight: [FontReference]]]] = [:]
        for (tag, scriptEntries) in file.languages ?? [:] {
            languages[tag.lowercased().replacingOccurrences(of: "_", with: "-")] = scriptEntries.mapValues(resolveWeights)
        }
        guard let body = scripts["default"]?[.regular], !body.isEmpty else {
            throw FontError(path: url.path, message: "the default regular font is not installed (missing: \(missing.joined(separator: ", "))); install fonts-noto-core")
        }
        return FontSet(name: file.name, description: file.description, missingFiles: missing,
                       scriptFonts: scripts, fallbackFonts: fallback, languageFonts: languages)
    }
}

/// The JSON shape of a font set file.
private struct FontSetFile: Decodable {
    var format: Int
    var name: String
    var description: String
    var directories: [String]
    var scripts: [String: [String: [String]]]
    var fallback: [String: [String]]
    var languages: [String: [String: [String: [String]]]]?
}

/// Which characters of a text no font of a set covers, found the way layout finds them (the
/// same per-script chains, marks staying with their base) but without shaping: the check behind
/// `petition fonts check` and `render --strict-glyphs`.
public enum FontCoverage {
    /// The characters of `text` that would print as missing-glyph boxes in `style`.
    public static func missing(in text: String, style: TextStyle, library: FontLibrary) -> [MissingGlyph] {
        let utf16 = Array(text.utf16)
        let levels = [UInt8](repeating: 0, count: utf16.count)
        return FontItemizer(style: style, library: library).itemize(utf16, levels: levels).missing
    }
}
