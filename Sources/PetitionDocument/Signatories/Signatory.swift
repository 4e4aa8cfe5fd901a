/// One person or organisation that signed, as read from the signatory list.
///
/// Every field is trimmed, has inner white space folded to single spaces and is in NFC. A row
/// that gives only an organisation signs as that organisation: `name` holds it and
/// `organisation` is empty.
public struct Signatory: Sendable, Equatable {
    public var name: String
    public var title: String
    public var organisation: String
    public var city: String
    public var country: String
    /// The 1-based line of the signatory list on which the row starts.
    public var line: Int

    public init(name: String, title: String = "", organisation: String = "", city: String = "",
                country: String = "", line: Int) {
        self.name = name
        self.title = title
        self.organisation = organisation
        self.city = city
        self.country = country
        self.line = line
    }

    /// The non-empty detail fields joined with ", ": title, organisation, city, country
    /// ("Director, Amnesty International, London, United Kingdom").
    public var details: String {
        [title, organisation, city, country].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
