/// Which CSV column holds which signatory field, found by header name.
///
/// Header names are compared case-insensitively after trimming, with `_`, `-` and `.` read as
/// spaces (`First_Name` is `first name`). When two columns mean the same field, the first wins.
struct ColumnMap {
    enum Field {
        case name, firstName, lastName, organisation, title, city, country
    }

    private static let fieldsByHeader: [String: Field] = [
        "name": .name, "full name": .name, "fullname": .name, "signatory": .name, "signature": .name,
        "first name": .firstName, "firstname": .firstName, "given name": .firstName, "forename": .firstName,
        "last name": .lastName, "lastname": .lastName, "surname": .lastName, "family name": .lastName,
        "organisation": .organisation, "organization": .organisation, "org": .organisation,
        "affiliation": .organisation,
        "title": .title, "position": .title, "role": .title,
        "city": .city, "town": .city,
        "country": .country,
    ]

    private(set) var name: Int?
    private(set) var firstName: Int?
    private(set) var lastName: Int?
    private(set) var organisation: Int?
    private(set) var title: Int?
    private(set) var city: Int?
    private(set) var country: Int?

    /// How many of the headers name a known field.
    let recognisedCount: Int

    init(headers: [String]) {
        var recognised = 0
        for (index, header) in headers.enumerated() {
            guard let field = Self.field(forHeader: header) else { continue }
            recognised += 1
            switch field {
            case .name: name = name ?? index
            case .firstName: firstName = firstName ?? index
            case .lastName: lastName = lastName ?? index
            case .organisation: organisation = organisation ?? index
            case .title: title = title ?? index
            case .city: city = city ?? index
            case .country: country = country ?? index
            }
        }
        recognisedCount = recognised
    }

    /// Whether some column can say who signed: a name, a first or last name, or an organisation.
    var identifiesSignatories: Bool {
        name != nil || firstName != nil || lastName != nil || organisation != nil
    }

    static func field(forHeader header: String) -> Field? {
        let spaced = header.lowercased().map { "_-.".contains($0) ? " " : $0 }
        return fieldsByHeader[Whitespace.collapse(String(spaced))]
    }

    /// The signatory in `fields`, or `nil` when the row has neither a name nor an organisation.
    ///
    /// The name column wins; when it is missing or empty, first and last name are joined
    /// ("First Last"). A row with only an organisation signs as the organisation.
    func signatory(from fields: CSVFields, line: Int) -> Signatory? {
        func value(_ column: Int?) -> String {
            guard let column else { return "" }
            return fields.withField(column, FieldText.clean)
        }
        var fullName = value(name)
        if fullName.isEmpty {
            fullName = [value(firstName), value(lastName)].filter { !$0.isEmpty }.joined(separator: " ")
        }
        var organisationName = value(organisation)
        if fullName.isEmpty {
            guard !organisationName.isEmpty else { return nil }
            swap(&fullName, &organisationName)
        }
        return Signatory(name: fullName, title: value(title), organisation: organisationName,
                         city: value(city), country: value(country), line: line)
    }
}
