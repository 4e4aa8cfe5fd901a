/// Makes a signatory from the cleaned fields of one row, the same way for every format.
enum SignatoryBuilder {
    /// The signatory, or `nil` when the row has neither a name nor an organisation.
    ///
    /// The name wins; when it is empty, first and last name are joined ("First Last"). A row
    /// with only an organisation signs as the organisation.
    static func signatory(name: String, firstName: String, lastName: String, title: String,
                          organisation: String, city: String, country: String, line: Int) -> Signatory? {
        let fullName = fullName(name: name, firstName: firstName, lastName: lastName)
        if fullName.isEmpty {
            guard !organisation.isEmpty else { return nil }
            return Signatory(name: organisation, title: title, city: city, country: country,
                             isOrganisation: true, line: line)
        }
        return Signatory(name: fullName, title: title, organisation: organisation, city: city,
                         country: country, line: line)
    }

    /// The name a row signs with: its name, or else its first and last name joined ("First Last");
    /// empty when it has none of them.
    static func fullName(name: String, firstName: String, lastName: String) -> String {
        name.isEmpty ? [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ") : name
    }
}
