/// The header keys a letter may start with, each with the spellings it accepts.
enum HeaderKey {
    case title, subtitle, date, recipient, sender, author, subject, keywords, language, organiser, contact, logo

    /// The key for `name` (any case), or `nil` when it is not a known key.
    init?(name: String) {
        guard let key = Self.byName[name.lowercased()] else { return nil }
        self = key
    }

    /// Every accepted spelling, for messages.
    static let knownNames = byName.keys.sorted()

    private static let byName: [String: HeaderKey] = [
        "title": .title, "subtitle": .subtitle, "date": .date,
        "to": .recipient, "recipient": .recipient,
        "from": .sender, "sender": .sender,
        "author": .author, "subject": .subject, "keywords": .keywords,
        "language": .language, "lang": .language,
        "organiser": .organiser, "organizer": .organiser,
        "contact": .contact,
        "logo": .logo,
    ]
}
