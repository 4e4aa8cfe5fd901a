import Diagnostics
import Foundation
import LayoutFile

/// The terms files of a folder (the project's `locales/`), one per language, named by BCP 47
/// tag: `en.toml`, `pt.toml`, `pt-BR.toml`. `en.toml` is the reference: it has every term, and
/// the other files are checked against it.
public struct TermsLibrary: Sendable {
    /// The language whose file has every term, the end of every fallback chain.
    public static let referenceLanguage = "en"
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The tags of the languages with a file, sorted.
    public func languages() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "toml" }.map { $0.deletingPathExtension().lastPathComponent }.sorted()
    }

    /// The tags tried for `language`, most specific first: each subtag dropped in turn, then
    /// English (`zh-Hant-TW` → `zh-Hant` → `zh` → `en`). `_` counts as `-`.
    public static func chain(for language: String) -> [String] {
        var subtags = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        var chain: [String] = []
        while !subtags.isEmpty {
            chain.append(subtags.joined(separator: "-"))
            subtags.removeLast()
        }
        if !chain.contains(where: { $0.lowercased() == referenceLanguage }) { chain.append(referenceLanguage) }
        return chain
    }

    /// The terms for `language`: each term from the most specific file of its chain that has
    /// it. Warns (in `Terms.warnings`) when the language has no file at all, names the terms
    /// that fall back to English, and the plural forms the language needs that a term lacks.
    /// Throws `InputError` (file, line, column) for a file that cannot be read or is malformed,
    /// or that uses a `{field}` the English term does not have.
    public func terms(for language: String) throws -> Terms {
        let available = Dictionary(languages().map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        guard let referenceTag = available[Self.referenceLanguage] else {
            throw InputError(file: directory.appendingPathComponent("\(Self.referenceLanguage).toml").path,
                             "no English terms file; it holds every term and every language falls back to it")
        }
        let reference = try load(referenceTag)
        let own = try Self.chain(for: language).dropLast().compactMap { available[$0.lowercased()] }.map(load)
        var warnings: [Diagnostic] = []
        var merged = reference.terms
        for file in own.reversed() {
            warnings += try check(file, against: reference, language: language)
            merged.merge(file.terms.filter { reference.terms[$0.key] != nil }) { _, specific in specific }
        }
        let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first?.lowercased() ?? ""
        var missing: [TermKey] = []
        if own.isEmpty, primary != Self.referenceLanguage {
            warnings.append(Diagnostic.warning(at: nil, "no terms for '\(language)' in \(directory.path) (looked for "
                + Self.chain(for: language).dropLast().map { "\($0).toml" }.joined(separator: ", ")
                + "); the document's headings, footers and totals are in English"))
        } else if !own.isEmpty {
            missing = reference.terms.keys.filter { key in !own.contains { $0.terms[key] != nil } }.sorted { $0.rawValue < $1.rawValue }
            let printed = missing.filter { !Self.notInDocuments.contains(String($0.rawValue.prefix { $0 != "." })) }
            if !printed.isEmpty {
                warnings.append(Diagnostic.warning(at: nil, "\(own[0].displayName) lacks \(printed.count == 1 ? "a term" : "\(printed.count) terms"), "
                    + "printed in English: " + printed.map(\.rawValue).joined(separator: ", ")))
            }
        }
        return Terms(language: language, files: (own + [reference]).map(\.displayName), terms: merged, missing: missing,
                     warnings: warnings)
    }

    /// Tables whose terms never reach a document: `[web]` is the page of `petition serve`, which
    /// offers only the languages that translate all of it (it checks `Terms.missing` itself).
    /// A render does not warn about them.
    static let notInDocuments: Set<String> = ["web"]

    private func load(_ tag: String) throws -> TermsFile {
        let url = directory.appendingPathComponent(tag + ".toml")
        return try TermsFile.load(url, displayName: url.path)
    }

    /// Checks one translation against the reference: no field the English term lacks (an
    /// error: it would print as written), terms English does not have (a warning with a
    /// suggestion), plural forms `language` distinguishes but a term lacks (a warning).
    private func check(_ file: TermsFile, against reference: TermsFile, language: String) throws -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let rules = PluralRules(language: language)
        for (key, term) in file.terms.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let location = file.locations[key]
            guard let english = reference.terms[key] else {
                let hint = Suggestion.didYouMean(key.rawValue, among: reference.terms.keys.map(\.rawValue))
                warnings.append(Diagnostic.warning(at: location, "unknown term '\(key)', not in \(reference.displayName)\(hint)"))
                continue
            }
            let allowed = english.texts.reduce(into: Set<String>()) { $0.formUnion(TermsFile.fields(in: $1)) }
            for text in term.texts {
                if let stray = TermsFile.fields(in: text).subtracting(allowed).sorted().first {
                    let listed = allowed.sorted().map { "{\($0)}" }.joined(separator: ", ")
                    throw InputError(at: location ?? SourceLocation(file: file.displayName, line: 1, column: 1),
                                     "unknown field '{\(stray)}' in '\(key)' (fields: \(listed.isEmpty ? "none" : listed))")
                }
            }
            if case .plural(let forms) = term {
                let lacking = rules.categories.subtracting(forms.keys).sorted()
                if !lacking.isEmpty {
                    warnings.append(Diagnostic.warning(at: location, "the plural term '\(key)' lacks "
                        + lacking.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                        + ", which '\(language)' uses; its 'other' form prints for those numbers"))
                }
            }
        }
        return warnings
    }

}
