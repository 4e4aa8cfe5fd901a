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
