import Diagnostics

/// Reads the optional metadata header: the first block of the letter (up to the first blank
/// line), when every line of it is `Key: value` and at least one key is known.
///
/// Requiring every line to match, and one known key, keeps a first paragraph such as
/// "Whereas: …" ordinary text. Unknown keys next to known ones are kept in
/// `LetterMetadata.extra` with a warning; a known key given twice keeps the last value, with a
/// warning. A malformed `Language:` value is an error pointing at the value.
enum HeaderParser {
    struct Header {
        var metadata = LetterMetadata()
        var warnings: [Diagnostic] = []
    }

    /// The header in `lines`, or `nil` when the block is ordinary text.
    static func parse(_ lines: ArraySlice<SourceLine>, file: String) throws(InputError) -> Header? {
        var entries: [(line: SourceLine, header: HeaderLine)] = []
        for line in lines {
            guard let header = HeaderLine(line.text) else { return nil }
            entries.append((line, header))
        }
        guard entries.contains(where: { HeaderKey(name: $0.header.key) != nil }) else { return nil }

        var result = Header()
        var seen: Set<HeaderKey> = []
        for (line, header) in entries {
            let keyLocation = SourceLocation(file: file, line: line.number, column: header.keyColumn)
            let valueLocation = SourceLocation(file: file, line: line.number, column: header.valueColumn)
            let value = UnicodeNormalization.nfc(Whitespace.collapse(header.value))
            guard let key = HeaderKey(name: header.key) else {
                result.metadata.extra[header.key] = value
                result.warnings.append(Diagnostic.warning(at: keyLocation,
                    "unknown header key '\(header.key)' kept as extra metadata; known keys: "
                        + HeaderKey.knownNames.joined(separator: ", ")))
                continue
            }
            if !seen.insert(key).inserted {
                result.warnings.append(Diagnostic.warning(at: keyLocation,
                    "header key '\(header.key)' is given more than once; the last value is used"))
            }
            try assign(value, to: key, at: valueLocation, in: &result.metadata)
        }
        return result
    }

    private static func assign(
        _ value: String, to key: HeaderKey, at location: SourceLocation, in metadata: inout LetterMetadata
    ) throws(InputError) {
        let text: String? = value.isEmpty ? nil : value
        switch key {
        case .title:
            metadata.title = text
            metadata.titleLocation = text == nil ? nil : location
        case .subtitle: metadata.subtitle = text
        case .date: metadata.date = text
        case .recipient: metadata.recipient = text
        case .sender: metadata.sender = text
        case .author: metadata.author = text
        case .subject: metadata.subject = text
        case .organiser: metadata.organiser = text
        case .contact: metadata.contact = text
        case .logo: metadata.logo = text
        case .keywords:
            metadata.keywords = value.split(separator: ",")
                .map { Whitespace.collapse($0) }
                .filter { !$0.isEmpty }
        case .language:
            guard let text else {
                metadata.language = nil
                return
            }
            guard let tag = LanguageTag.canonical(text) else {
                throw InputError(at: location,
                    "'\(text)' is not a language tag; write one like en, pt-BR or zh-Hans")
            }
            metadata.language = tag
        }
    }
}

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

/// One `Key: value` line of a letter header; the initializer fails for any other line.
///
/// A key starts with a letter and holds letters, digits, spaces, `-` and `_` (at most
/// `maximumKeyLength` characters). The colon must be followed by white space or the end of the
/// line, so `https://…` and `10:30` are not header lines.
struct HeaderLine {
    static let maximumKeyLength = 40

    let key: String
    /// Everything after the colon and the white space that follows it; may be empty.
    let value: String
    /// 1-based columns (in Unicode scalars) of the key and the value.
    let keyColumn: Int
    let valueColumn: Int

    init?(_ line: String) {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count, Whitespace.isCollapsible(scalars[index]) { index += 1 }
        let keyStart = index
        guard index < scalars.count, scalars[index].properties.isAlphabetic else { return nil }
        while index < scalars.count, scalars[index] != ":" {
            guard Self.isKeyScalar(scalars[index]) else { return nil }
            index += 1
        }
        let colon = index
        guard colon < scalars.count, colon - keyStart <= Self.maximumKeyLength else { return nil }
        guard colon + 1 == scalars.count || Whitespace.isCollapsible(scalars[colon + 1]) else { return nil }
        var valueStart = colon + 1
        while valueStart < scalars.count, Whitespace.isCollapsible(scalars[valueStart]) { valueStart += 1 }

        var keyScalars = String.UnicodeScalarView(scalars[keyStart..<colon])
        while let last = keyScalars.last, last == " " { keyScalars.removeLast() }
        key = String(keyScalars)
        value = String(String.UnicodeScalarView(scalars[valueStart...]))
        keyColumn = keyStart + 1
        valueColumn = valueStart + 1
    }

    private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " || scalar == "-" || scalar == "_"
    }
}
