/// One signatory as read from the signatory list.
///
/// Every field is trimmed, has inner white space folded to single spaces and is in NFC. A row
/// that gives only an organisation signs as that organisation: `name` holds it, `organisation`
/// is empty and `isOrganisation` is true.
///
/// Kept small because a list may hold a million of them: the five fields every layout prints
/// are stored directly; the others (region, postcode, date, comment, email, phone, street) are
/// read only when asked for (see `SignatoryOptions.detailColumns`) and share one compact array.
public struct Signatory: Sendable, Equatable {
    public var name: String
    public var title: String
    public var organisation: String
    public var city: String
    public var country: String
    private var storedLine: Int32
    /// Whether the signatory is an organisation (a row with an organisation but no name).
    public var isOrganisation: Bool
    /// Which `ExtraSlot`s have a value in `extraValues`, one bit each.
    private var extraMask: UInt8 = 0
    /// The values of the slots in `extraMask`, in slot order.
    private var extraValues: ContiguousArray<String> = []

    public init(name: String, title: String = "", organisation: String = "", city: String = "",
                country: String = "", isOrganisation: Bool = false, line: Int) {
        self.name = name
        self.title = title
        self.organisation = organisation
        self.city = city
        self.country = country
        self.isOrganisation = isOrganisation
        self.storedLine = Int32(clamping: line)
    }

    /// The 1-based line of the signatory list on which the row starts.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// The non-empty detail fields joined with ", ": title, organisation, city, country
    /// ("Director, Amnesty International, London, United Kingdom").
    public var details: String {
        details([.title, .organisation, .city, .country])
    }

    /// The non-empty values of `columns`, in that order, joined with ", ".
    public func details(_ columns: [SignatoryColumn]) -> String {
        columns.map { self[$0] }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The value of any column. `firstName` and `lastName` split `name` by the surname rule
    /// (see `SurnameRule`); columns that were not read are empty.
    public subscript(column: SignatoryColumn) -> String {
        get {
            switch column {
            case .name: name
            case .firstName: isOrganisation ? "" : SurnameRule.split(name).given
            case .lastName: isOrganisation ? name : SurnameRule.split(name).surname
            case .title: title
            case .organisation: organisation
            case .city: city
            case .country: country
            default: ExtraSlot(column).map { self[slot: $0] } ?? ""
            }
        }
        set {
            switch column {
            case .name: name = newValue
            case .title: title = newValue
            case .organisation: organisation = newValue
            case .city: city = newValue
            case .country: country = newValue
            case .firstName, .lastName: break
            default: if let slot = ExtraSlot(column) { self[slot: slot] = newValue }
            }
        }
    }

    /// The value of a column kept only when asked for.
    subscript(slot slot: ExtraSlot) -> String {
        get {
            guard extraMask & slot.bit != 0 else { return "" }
            return extraValues[position(of: slot)]
        }
        set {
            let position = position(of: slot)
            let present = extraMask & slot.bit != 0
            switch (present, newValue.isEmpty) {
            case (true, true):
                extraValues.remove(at: position)
                extraMask &= ~slot.bit
            case (true, false):
                extraValues[position] = newValue
            case (false, false):
                extraValues.insert(newValue, at: position)
                extraMask |= slot.bit
            case (false, true):
                break
            }
        }
    }

    /// The value of the column a list is grouped by when it is not one of `SignatoryColumn`.
    var groupColumnValue: String {
        get { self[slot: .group] }
        set { self[slot: .group] = newValue }
    }

    /// Where `slot`'s value is, or would be inserted, in `extraValues`.
    private func position(of slot: ExtraSlot) -> Int {
        (extraMask & (slot.bit - 1)).nonzeroBitCount
    }
}
