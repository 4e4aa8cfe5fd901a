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
