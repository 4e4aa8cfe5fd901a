/// The columns a `Signatory` keeps only when asked for, each a bit in its mask.
enum ExtraSlot: UInt8 {
    case region, postcode, date, comment, email, phone, street
    /// A column named only by `SignatoryOptions.groupBy`.
    case group

    init?(_ column: SignatoryColumn) {
        switch column {
        case .region: self = .region
        case .postcode: self = .postcode
        case .date: self = .date
        case .comment: self = .comment
        case .email: self = .email
        case .phone: self = .phone
        case .street: self = .street
        default: return nil
        }
    }

    /// The column kept in this slot; `nil` for `group`.
    var column: SignatoryColumn? {
        SignatoryColumn.allCases.first { ExtraSlot($0) == self }
    }

    var bit: UInt8 { 1 << rawValue }
}
