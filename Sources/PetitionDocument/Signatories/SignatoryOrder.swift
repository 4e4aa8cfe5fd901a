/// The order in which signatories print (within each group when grouped).
public enum SignatoryOrder: String, CaseIterable, Sendable {
    /// The order of the file.
    case asGiven = "as-given"
    /// By surname (see `SurnameRule`), then given names, with the locale's collation.
    case surname
    /// By the name as printed, with the locale's collation.
    case fullName = "full-name"
}
