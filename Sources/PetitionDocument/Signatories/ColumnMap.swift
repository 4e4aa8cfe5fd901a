import Diagnostics

/// Which CSV column holds which signatory field, found by header name (see `SignatoryColumn`)
/// and `--columns` overrides. When two columns mean the same field, the first wins.
struct ColumnMap {
    /// The column index of each field found.
    private var indices: [SignatoryColumn: Int] = [:]
    /// Overridden headers that are not in the header row.
    private var missingHeaders: [String] = []
    /// The column named by `groupBy` when it is not a field.
    private var groupIndex: Int?
    /// The columns kept only when asked for, with their column index.
    private var extras: [(slot: ExtraSlot, index: Int)] = []
    /// The column indices of the fields every row reads, in `SignatoryBuilder`'s order, looked
    /// up once instead of once per row.
    private var core: [Int?] = []
    /// The column indices of the detail fields, in the order `details(from:)` reads them.
    private var detailIndices: [Int?] = []
    private static let coreColumns: [SignatoryColumn] = [.name, .firstName, .lastName, .title, .organisation, .city, .country]

    /// How many of the headers name a field (automatically or by override).
    private(set) var recognisedCount = 0

    /// The mapping of `headers` with `overrides`; asks nothing yet (see `resolve`).
    init(headers: [String], overrides: ColumnOverrides? = nil) {
        for (index, header) in headers.enumerated() {
            guard let column = HeaderResolver.column(forHeader: header, overrides: overrides) else { continue }
            recognisedCount += 1
            if indices[column] == nil { indices[column] = index }
        }
        for assignment in overrides?.assignments ?? [] {
            guard let header = assignment.header else { continue }
            let wanted = SignatoryColumn.normalisedHeader(header)
            if !headers.contains(where: { SignatoryColumn.normalisedHeader($0) == wanted }) {
                missingHeaders.append(header)
            }
        }
    }

    /// Checks the mapping against `options` and decides which asked-for columns to read.
    ///
    /// - Throws: `InputError` at `location` when an overridden header is not in the file, no
    ///   column can name a signatory, or `groupBy` names no column of the file.
    mutating func resolve(headers: [String], options: SignatoryOptions, at location: SourceLocation) throws(InputError) {
        let found = headers.map { "'\($0)'" }.joined(separator: ", ")
        if let missing = missingHeaders.first {
            throw InputError(at: location, "--columns names the header '\(missing)', which is not in the header row (found \(found))")
        }
        guard identifiesSignatories else {
            throw InputError(at: location, "the header row has no name or organisation column (found \(found)); "
                + "name a column Name, First name and Last name, or Organisation")
        }
        if let groupBy = options.groupBy {
            if let column = options.groupColumn {
                guard indices[column] != nil || [.name, .firstName, .lastName].contains(column) else {
                    throw InputError(at: location, "cannot group by '\(groupBy)': no \(column.rawValue) column (found \(found))")
                }
            } else {
                let wanted = SignatoryColumn.normalisedHeader(groupBy)
                groupIndex = headers.firstIndex { SignatoryColumn.normalisedHeader($0) == wanted }
                guard groupIndex != nil else {
                    throw InputError(at: location, "cannot group by '\(groupBy)': no such column (found \(found))")
                }
            }
        }
        extras = options.askedSlots.compactMap { slot in
            slot.column.flatMap { indices[$0] }.map { (slot, $0) }
        }
        core = Self.coreColumns.map { indices[$0] }
        detailIndices = Array(core[3...]) + extras.map(\.index) + [groupIndex]
    }

    /// Whether some column can say who signed: a name, a first or last name, or an organisation.
    var identifiesSignatories: Bool {
        [.name, .firstName, .lastName, .organisation].contains { indices[$0] != nil }
    }

    /// The signatory in `fields`, or `nil` when the row has neither a name nor an organisation.
    /// Every value is sanitised through `log`; details already made from the same raw fields are
    /// shared through `cache`.
    func signatory(from fields: CSVFields, line: Int, cache: inout DetailsCache, log: inout SanitizingLog) -> Signatory? {
        func value(_ position: Int) -> String {
            guard let index = core[position] else { return "" }
            return log.clean(fields.withField(index, FieldText.clean), column: Self.coreColumns[position].rawValue, line: line)
        }
        let name = SignatoryBuilder.fullName(name: value(0), firstName: value(1), lastName: value(2))
        var entry: DetailsCache.Entry
        var isRemembered = true
        if let known = cache.lookUp(detailIndices, in: fields) {
            entry = known
        } else {
            let sanitisedBefore = log.sanitisedFields
            guard let details = details(from: fields, line: line, hasName: !name.isEmpty, log: &log)
            else { return nil }
            entry = DetailsCache.Entry(details: details)
            isRemembered = log.sanitisedFields == sanitisedBefore
            if isRemembered { cache.remember(entry) }
        }
        if !name.isEmpty {
            return Signatory(name: name, details: entry.details, line: line)
        }
        guard !entry.details.organisation.isEmpty else { return nil }
        if entry.withoutOrganisation == nil {
            entry.withoutOrganisation = entry.details.replacing(.organisation, with: "")
            if isRemembered { cache.remember(entry) }
        }
        return Signatory(name: entry.details.organisation, details: entry.withoutOrganisation ?? entry.details,
                         isOrganisation: true, line: line)
    }

    /// The cleaned details of the row, or `nil` when it has no name (`hasName`) and no
    /// organisation; then the columns kept only when asked for are not read.
    private func details(from fields: CSVFields, line: Int, hasName: Bool, log: inout SanitizingLog) -> SignatoryDetails? {
        func shared(_ index: Int?, _ column: String) -> String {
            guard let index else { return "" }
            return log.clean(fields.withField(index, FieldText.clean), column: column, line: line)
        }
        func shared(_ position: Int) -> String {
            shared(core[position], Self.coreColumns[position].rawValue)
        }
        var details = SignatoryDetails(title: shared(3), organisation: shared(4), city: shared(5), country: shared(6))
        guard hasName || !details.organisation.isEmpty else { return nil }
        for (slot, index) in extras { details = details.replacing(slot, with: shared(index, slot.column?.rawValue ?? "group")) }
        if let groupIndex { details = details.replacing(.group, with: shared(groupIndex, "group")) }
        return details.isEmpty ? .empty : details
    }
}

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

/// Which header holds which field, as given on the command line (`--columns`), overriding the
/// automatic mapping by header name.
///
/// Syntax: `field=Header` pairs separated by commas, such as `name=Full Name,city=Town`. Fields
/// are the `SignatoryColumn` names (`name`, `first-name`, `last-name`, `title`, `organisation`,
/// `city`, `region`, `postcode`, `country`, `date`, `comment`, `email`, `phone`, `street`) or any
/// of their header synonyms. A header holding a comma or `=` is written in double quotes
/// (`name="Name, as signed"`). `field=` with nothing after `=` ignores that field's column.
public struct ColumnOverrides: Sendable, Equatable {
    /// One override: `column` is read from the header `header`, or not at all when `nil`.
    public struct Assignment: Sendable, Equatable {
        public var column: SignatoryColumn
        public var header: String?
    }

    /// A `--columns` value that cannot be used; `message` says why and names the culprit.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public private(set) var assignments: [Assignment]

    /// Parses `text` in the syntax above.
    public init(parsing text: String) throws(ParseError) {
        assignments = []
        for pair in Self.split(text) where !pair.isEmpty {
            guard let equals = pair.firstIndex(of: "=") else {
                throw ParseError(message: "--columns: '\(pair)' is not field=Header")
            }
            let field = pair[..<equals].trimmingSpaces
            guard let column = SignatoryColumn(header: field) else {
                let known = SignatoryColumn.allCases.map(\.rawValue).joined(separator: ", ")
                throw ParseError(message: "--columns: unknown field '\(field)'; fields are \(known)")
            }
            if assignments.contains(where: { $0.column == column }) {
                throw ParseError(message: "--columns: field '\(column.rawValue)' is given twice")
            }
            let header = Self.unquoted(pair[pair.index(after: equals)...].trimmingSpaces)
            assignments.append(Assignment(column: column, header: header.isEmpty ? nil : header))
        }
    }

    /// The override for `column`: `.some(nil)` when the column is to be ignored.
    func header(for column: SignatoryColumn) -> String?? {
        assignments.first { $0.column == column }.map(\.header)
    }

    /// Splits on commas outside double quotes.
    private static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character == ",", !quoted {
                parts.append(current.trimmingSpaces)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingSpaces)
        return parts
    }

    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        return String(text.dropFirst().dropLast())
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        String(Whitespace.trim(Substring(self)))
    }
}

/// The field a header name (or JSON Lines key) means, taking `--columns` overrides into account:
/// a header named by an override means that override's field, and a field that is overridden
/// is no longer found by its automatic header names.
enum HeaderResolver {
    static func column(forHeader header: String, overrides: ColumnOverrides?) -> SignatoryColumn? {
        let normalised = SignatoryColumn.normalisedHeader(header)
        if let overrides {
            if let assignment = overrides.assignments.first(where: {
                $0.header.map(SignatoryColumn.normalisedHeader) == normalised
            }) {
                return assignment.column
            }
            if let column = SignatoryColumn(header: normalised), overrides.header(for: column) != nil {
                return nil
            }
        }
        return SignatoryColumn(header: normalised)
    }
}
