/// The fields of a signatory other than its name: title, organisation, city, country and the
/// columns kept only when asked for (see `ExtraSlot`).
///
/// Immutable and shared: rows with the same details (a list of a million names typically has a
/// few hundred distinct organisation, city and country combinations) point to one instance, so a
/// `Signatory` stays a name, a reference and a line number.
final class SignatoryDetails: Sendable, Equatable {
    let title: String
    let organisation: String
    let city: String
    let country: String
    /// Which `ExtraSlot`s have a value in `extraValues`, one bit each.
    fileprivate let extraMask: UInt8
    /// The values of the slots in `extraMask`, in slot order.
    fileprivate let extraValues: ContiguousArray<String>

    /// The details of a row that has none, shared by every such row.
    static let empty = SignatoryDetails()

    init(title: String = "", organisation: String = "", city: String = "", country: String = "",
         extraMask: UInt8 = 0, extraValues: ContiguousArray<String> = []) {
        self.title = title
        self.organisation = organisation
        self.city = city
        self.country = country
        self.extraMask = extraMask
        self.extraValues = extraValues
    }

    /// Whether every field is empty.
    var isEmpty: Bool {
        title.isEmpty && organisation.isEmpty && city.isEmpty && country.isEmpty && extraMask == 0
    }

    /// The value of a column kept only when asked for; empty when absent.
    subscript(slot: ExtraSlot) -> String {
        extraMask & slot.bit == 0 ? "" : extraValues[position(of: slot)]
    }

    /// A copy with `column` set to `value` (`name`, `firstName` and `lastName` are not details
    /// and are ignored).
    func replacing(_ column: SignatoryColumn, with value: String) -> SignatoryDetails {
        // Unchanged details stay shared: the city-only preset clears columns most rows never had.
        switch column {
        case .title: return title == value ? self : copy(title: value)
        case .organisation: return organisation == value ? self : copy(organisation: value)
        case .city: return city == value ? self : copy(city: value)
        case .country: return country == value ? self : copy(country: value)
        case .name, .firstName, .lastName: return self
        default: return ExtraSlot(column).map { self[$0] == value ? self : replacing($0, with: value) } ?? self
        }
    }

    /// A copy with the value of `slot` set to `value` (removed when empty).
    func replacing(_ slot: ExtraSlot, with value: String) -> SignatoryDetails {
        var mask = extraMask
        var values = extraValues
        let position = position(of: slot)
        switch (extraMask & slot.bit != 0, value.isEmpty) {
        case (true, true):
            values.remove(at: position)
            mask &= ~slot.bit
        case (true, false):
            values[position] = value
        case (false, false):
            values.insert(value, at: position)
            mask |= slot.bit
        case (false, true):
            return self
        }
        return copy(extraMask: mask, extraValues: values)
    }

    static func == (lhs: SignatoryDetails, rhs: SignatoryDetails) -> Bool {
        lhs === rhs || (lhs.title == rhs.title && lhs.organisation == rhs.organisation && lhs.city == rhs.city
            && lhs.country == rhs.country && lhs.extraMask == rhs.extraMask && lhs.extraValues == rhs.extraValues)
    }

    private func copy(title: String? = nil, organisation: String? = nil, city: String? = nil, country: String? = nil,
                      extraMask: UInt8? = nil, extraValues: ContiguousArray<String>? = nil) -> SignatoryDetails {
        SignatoryDetails(title: title ?? self.title, organisation: organisation ?? self.organisation,
                         city: city ?? self.city, country: country ?? self.country,
                         extraMask: extraMask ?? self.extraMask, extraValues: extraValues ?? self.extraValues)
    }

    /// Where `slot`'s value is, or would be inserted, in `extraValues`.
    private func position(of slot: ExtraSlot) -> Int {
        (extraMask & (slot.bit - 1)).nonzeroBitCount
    }
}

/// Hands out one instance for each distinct set of details, so that readers which build details
/// value by value (JSON Lines) share them like the CSV reader does. Stops growing at
/// `StringInterner.capacity` distinct details.
struct DetailsSharing {
    private var shared: [DetailsBytes: SignatoryDetails] = [:]

    /// The instance to keep for `details`: an earlier equal one, or `details` itself.
    mutating func share(_ details: SignatoryDetails) -> SignatoryDetails {
        if details.isEmpty { return .empty }
        let key = DetailsBytes(details: details)
        if let known = shared[key] { return known }
        if shared.count < StringInterner.capacity { shared[key] = details }
        return details
    }
}

/// Details compared and hashed by the UTF-8 bytes of their fields (all in NFC, so equal text
/// has equal bytes), which is much faster than `String` hashing.
private struct DetailsBytes: Hashable {
    let details: SignatoryDetails

    private var fields: [String] {
        [details.title, details.organisation, details.city, details.country] + details.extraValues
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(details.extraMask)
        for field in fields {
            hasher.combine(UTF8Key(field))
        }
    }

    static func == (lhs: DetailsBytes, rhs: DetailsBytes) -> Bool {
        lhs.details.extraMask == rhs.details.extraMask && lhs.fields.map(UTF8Key.init) == rhs.fields.map(UTF8Key.init)
    }
}
