/// A field of a signatory, as named in `--columns` and found by header name.
///
/// Header names (and JSON Lines keys) are compared case-insensitively after trimming, with `_`,
/// `-` and `.` read as spaces, so `First_Name`, `first-name` and `FIRST NAME` are the same.
public enum SignatoryColumn: String, CaseIterable, Sendable {
    case name
    case firstName = "first-name"
    case lastName = "last-name"
    case title
    case organisation
    case city
    case region
    case postcode
    case country
    case date
    case comment
    case email
    case phone
    case street

    /// The header names that mean this column, normalised (see `normalisedHeader`).
    public var headerNames: [String] {
        switch self {
        case .name: ["name", "full name", "fullname", "signatory", "signature", "display name"]
        case .firstName: ["first name", "firstname", "given name", "forename", "first"]
        case .lastName: ["last name", "lastname", "surname", "family name", "last"]
        case .title: ["title", "position", "role", "job title"]
        case .organisation: ["organisation", "organization", "org", "affiliation", "company", "institution"]
        case .city: ["city", "town", "locality"]
        case .region: ["region", "state", "province", "county"]
        case .postcode: ["postcode", "post code", "postal code", "zip", "zip code", "zipcode"]
        case .country: ["country"]
        case .date: ["date", "signed at", "signed on", "signed", "timestamp", "created at"]
        case .comment: ["comment", "comments", "message"]
        case .email: ["email", "e mail", "email address", "e mail address"]
        case .phone: ["phone", "telephone", "mobile", "phone number", "tel"]
        case .street: ["street", "address", "street address", "address line 1"]
        }
    }

    /// The column a header name (or a field name in `--columns`) means, if any.
    public init?(header: String) {
        guard let column = Self.byHeader[Self.normalisedHeader(header)] else { return nil }
        self = column
    }

    /// `header` lowercased and trimmed, with `_`, `-` and `.` as spaces and runs of spaces
    /// folded: the form in which header names are compared.
    static func normalisedHeader(_ header: String) -> String {
        let spaced = header.lowercased().map { "_-.".contains($0) ? " " : $0 }
        return Whitespace.collapse(String(spaced))
    }

    private static let byHeader: [String: SignatoryColumn] = {
        var table: [String: SignatoryColumn] = [:]
        for column in allCases {
            for header in column.headerNames { table[header] = column }
        }
        return table
    }()
}
