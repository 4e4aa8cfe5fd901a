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
    /// shared through `cache`, and other detail values go through `interner`, so repeated ones
    /// are stored once.
    func signatory(from fields: CSVFields, line: Int, cache: inout DetailsCache, interner: inout StringInterner,
                   log: inout SanitizingLog) -> Signatory? {
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
            guard let details = details(from: fields, line: line, hasName: !name.isEmpty, interner: &interner, log: &log)
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
    private func details(from fields: CSVFields, line: Int, hasName: Bool, interner: inout StringInterner,
                         log: inout SanitizingLog) -> SignatoryDetails? {
        func shared(_ index: Int?, _ column: String) -> String {
            guard let index else { return "" }
            return interner.intern(log.clean(fields.withField(index, FieldText.clean), column: column, line: line))
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
