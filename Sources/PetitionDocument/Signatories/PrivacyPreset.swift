/// How much of each signatory prints. Every preset counts every signatory.
public enum PrivacyPreset: String, CaseIterable, Sendable {
    /// Everything the layout asks for.
    case full
    /// First names kept, the surname reduced to its initial: "Maria G." (see `SurnameRule`).
    /// Organisations and one-word names print as written.
    case initial = "surname-initial"
    /// No street and no postcode, even when the layout asks for them.
    case cityOnly = "city-only"
    /// Each entry prints as "Anonymous", without details.
    case anonymous
    /// Nothing prints; the signatories are only counted.
    case hidden

    /// Detail columns this preset never prints, even when the layout asks for them. Rows are
    /// compared for duplicates without them; the anonymous and hidden presets, which print no
    /// details at all, still compare rows by everything read, so different people stay apart.
    var withheldColumns: Set<SignatoryColumn> {
        self == .cityOnly ? [.street, .postcode] : []
    }
}

/// Applies a `PrivacyPreset` to one signatory, leaving only what may print.
enum PrivacyFilter {
    /// `signatory` as it prints under `preset`; `nil` for `.hidden`. `anonymousName` is the name
    /// the anonymous preset prints, in the letter's language.
    static func apply(_ preset: PrivacyPreset, to signatory: Signatory, anonymousName: String) -> Signatory? {
        var result = signatory
        switch preset {
        case .full:
            break
        case .initial:
            if !signatory.isOrganisation { result.name = SurnameRule.initialised(signatory.name) }
        case .cityOnly:
            for column in preset.withheldColumns { result[column] = "" }
        case .anonymous:
            result = Signatory(name: anonymousName, line: signatory.line)
        case .hidden:
            return nil
        }
        return result
    }
}
