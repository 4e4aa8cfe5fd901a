/// The fields of a signatory other than its name: title, organisation, city, country and the
/// columns kept only when asked for (see `ExtraSlot`).
///
/// Immutable and shared: rows with the same details point to one set, so a `Signatory` stays a
/// name, a reference and a line number. A real list of a million names still has hundreds of
/// thousands of distinct details (most organisations and many towns appear once), so the sets
/// are packed UTF-8 (`PackedFieldsView`): details made on their own are one allocation
/// (`PackedFields`), and a `SignatoryArray` keeps its rows' sets back to back in one buffer
/// (`DetailsStore`), the details read from it pointing there. The fields are made into
/// `String`s when read.
struct SignatoryDetails: @unchecked Sendable, Equatable {
    // Sendable: `PackedFields` is written only while it is made, before it is shared; a
    // `DetailsStore` only while no details point into it.
    /// A `PackedFields` when `index` is `ownFields`, else the `DetailsStore` holding set
    /// `index`. (Not an enum: copying and reading one took an outlined switch and a retain.)
    private let holder: AnyObject
    private let index: UInt32
    private static let ownFields = UInt32.max

    /// The details of a row that has none, shared by every such row.
    static let empty = SignatoryDetails(fields: .packing(extraMask: 0, count: PackedFieldsView.coreCount) { _ in "" })

    private init(fields: PackedFields) {
        holder = fields
        index = Self.ownFields
    }

    /// Set `index` of `store`.
    init(store: DetailsStore, index: UInt32) {
        holder = store
        self.index = index
    }

    init(title: String = "", organisation: String = "", city: String = "", country: String = "") {
        self.init(fields: .packing(extraMask: 0, count: PackedFieldsView.coreCount) { index in
            switch index {
            case 0: title
            case 1: organisation
            case 2: city
            default: country
            }
        })
    }

    /// Calls `body` with the view of the packed fields.
    func withFields<Result>(_ body: (PackedFieldsView) -> Result) -> Result {
        index == Self.ownFields
            ? unsafeDowncast(holder, to: PackedFields.self).withView(body)
            : unsafeDowncast(holder, to: DetailsStore.self).withView(index, body)
    }

    /// The number of the set in `store`, when these details are read from it.
    func index(in store: DetailsStore) -> UInt32? {
        index != Self.ownFields && holder === store ? index : nil
    }

    var title: String { withFields { $0.text(at: 0) } }
    var organisation: String { withFields { $0.text(at: 1) } }
    var city: String { withFields { $0.text(at: 2) } }
    var country: String { withFields { $0.text(at: 3) } }

    /// Whether every field is empty.
    var isEmpty: Bool { withFields { $0.isEmpty } }

    /// Whether `other` is this very set, not only equal to it.
    func isShared(with other: SignatoryDetails) -> Bool { identity == other.identity }

    /// The identity of the shared set, for tables of what was worked out per details (valid
    /// while these details are kept: the table should keep them).
    var identity: DetailsIdentity { DetailsIdentity(holder: ObjectIdentifier(holder), index: index) }

    /// The value of a column kept only when asked for; empty when absent.
    subscript(slot: ExtraSlot) -> String {
        withFields { fields in
            fields.extraMask & slot.bit == 0 ? "" : fields.text(at: Self.position(of: slot, in: fields))
        }
    }

    /// Calls `body` with each field that a column can print: title, organisation, city,
    /// country and the asked-for columns (not the value kept only for grouping).
    func forEachPrintableField(_ body: (String) -> Void) {
        withFields { fields in
            for index in 0..<PackedFieldsView.coreCount { body(fields.text(at: index)) }
            for slot in [ExtraSlot.region, .postcode, .date, .comment, .email, .phone, .street]
            where fields.extraMask & slot.bit != 0 {
                body(fields.text(at: Self.position(of: slot, in: fields)))
            }
        }
    }

    /// A copy with `column` set to `value` (`name`, `firstName` and `lastName` are not details
    /// and are ignored).
    func replacing(_ column: SignatoryColumn, with value: String) -> SignatoryDetails {
        // Unchanged details stay shared: the city-only preset clears columns most rows never had.
        let index: Int
        switch column {
        case .title: index = 0
        case .organisation: index = 1
        case .city: index = 2
        case .country: index = 3
        case .name, .firstName, .lastName: return self
        default: return ExtraSlot(column).map { replacing($0, with: value) } ?? self
        }
        return withFields { fields in
            guard !fields.hasText(value, at: index) else { return self }
            return SignatoryDetails(fields: .packing(extraMask: fields.extraMask, count: fields.count) { field in
                field == index ? value : fields.text(at: field)
            })
        }
    }

    /// A copy with the value of `slot` set to `value` (removed when empty).
    func replacing(_ slot: ExtraSlot, with value: String) -> SignatoryDetails {
        withFields { fields in
            let position = Self.position(of: slot, in: fields)
            let isPresent = fields.extraMask & slot.bit != 0
            guard isPresent ? !fields.hasText(value, at: position) : !value.isEmpty else { return self }
            var values = (0..<fields.count).map(fields.text(at:))
            var mask = fields.extraMask
            switch (isPresent, value.isEmpty) {
            case (true, true):
                values.remove(at: position)
                mask &= ~slot.bit
            case (true, false):
                values[position] = value
            default:
                values.insert(value, at: position)
                mask |= slot.bit
            }
            return SignatoryDetails(fields: .packing(extraMask: mask, count: values.count) { values[$0] })
        }
    }

    static func == (lhs: SignatoryDetails, rhs: SignatoryDetails) -> Bool {
        lhs.identity == rhs.identity || lhs.withFields { mine in rhs.withFields { mine.hasSameBytes(as: $0) } }
    }

    /// Where `slot`'s value is, or would be inserted, among the fields.
    private static func position(of slot: ExtraSlot, in fields: PackedFieldsView) -> Int {
        PackedFieldsView.coreCount + (fields.extraMask & (slot.bit - 1)).nonzeroBitCount
    }
}

/// Which shared set a `SignatoryDetails` is: the object that holds it and its number there.
struct DetailsIdentity: Hashable {
    let holder: ObjectIdentifier
    let index: UInt32
}

/// Hands out one instance for each distinct set of details, so that readers which build details
/// value by value (JSON Lines) share them like the CSV reader does. Stops growing at
/// `RememberedValues.capacity` distinct details.
struct DetailsSharing {
    private var shared: Set<DetailsBytes> = []

    /// The instance to keep for `details`: an earlier equal one, or `details` itself.
    mutating func share(_ details: SignatoryDetails) -> SignatoryDetails {
        if details.isEmpty { return .empty }
        let key = DetailsBytes(details: details)
        if let known = shared.firstIndex(of: key) { return shared[known].details }
        if shared.count < RememberedValues.capacity { shared.insert(key) }
        return details
    }
}

/// Details compared and hashed by their packed bytes.
private struct DetailsBytes: Hashable {
    let details: SignatoryDetails

    func hash(into hasher: inout Hasher) {
        details.withFields { $0.hash(into: &hasher) }
    }

    static func == (lhs: DetailsBytes, rhs: DetailsBytes) -> Bool {
        lhs.details == rhs.details
    }
}
