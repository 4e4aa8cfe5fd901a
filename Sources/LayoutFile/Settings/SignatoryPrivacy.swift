/// How much of each signatory a layout prints (see docs/signatories.md): everything; the surname
/// as an initial ("Maria G."); the city without street or postcode; "Anonymous" in place of each
/// name (counted and printed); or nothing (counted only).
public enum SignatoryPrivacy: String, Sendable, CaseIterable {
    case full
    case surnameInitial = "surname-initial"
    case cityOnly = "city-only"
    case anonymous
    case hidden
}
