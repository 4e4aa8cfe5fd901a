/// A detail column of the signatory CSV that may print under each name.
public enum SignatoryField: String, Sendable, CaseIterable {
    /// A personal title or role, such as "Dr" or "Chair".
    case title
    /// The organisation the signatory signs for or belongs to.
    case organisation
    /// Where the signatory lives or works.
    case city
    /// The signatory's country.
    case country
}
