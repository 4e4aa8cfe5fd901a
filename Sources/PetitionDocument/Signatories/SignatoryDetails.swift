/// The fields of a signatory other than its name: title, organisation, city, country and the
/// columns kept only when asked for (see `ExtraSlot`).
///
/// Immutable and shared: rows with the same details point to one instance, so a `Signatory`
/// stays a name, a reference and a line number. A real list of a million names still has
/// hundreds of thousands of distinct details (most organisations and many towns appear once),
/// so each instance is one allocation of packed UTF-8 (`PackedFields`) rather than an object of
/// `String`s, each of which would be an allocation of its own past 15 bytes. The fields are
/// made into `String`s when read.
struct SignatoryDetails: @unchecked Sendable, Equatable {
    // Sendable: `PackedFields` is written only while it is made, before it is shared.
    fileprivate let fields: PackedFields

    /// The details of a row that has none, shared by every such row.
    static let empty = SignatoryDetails(fields: .packing(extraMask: 0, count: PackedFields.coreCount) { _ in "" })

    private init(fields: PackedFields) {
        self.fields = fields
    }

    init(title: String = "", organisation: String = "", city: String = "", country: String = "") {
        fields = .packing(extraMask: 0, count: PackedFields.coreCount) { index in
            switch index {
            case 0: title
            case 1: organisation
            case 2: city
            default: country
            }
        }
    }

    var title: String { fields.text(at: 0) }
    var organisation: String { fields.text(at: 1) }
    var city: String { fields.text(at: 2) }
    var country: String { fields.text(at: 3) }

    /// Whether every field is empty.
    var isEmpty: Bool { fields.isEmpty }

    /// Whether `other` is this very instance, not only equal to it.
    func isShared(with other: SignatoryDetails) -> Bool { fields === other.fields }

    /// The identity of the shared instance, for tables of what was worked out per details.
    var identity: ObjectIdentifier { ObjectIdentifier(fields) }

    /// The value of a column kept only when asked for; empty when absent.
    subscript(slot: ExtraSlot) -> String {
        fields.extraMask & slot.bit == 0 ? "" : fields.text(at: position(of: slot))
    }

    /// Calls `body` with each field that a column can print: title, organisation, city,
    /// country and the asked-for columns (not the value kept only for grouping).
    func forEachPrintableField(_ body: (String) -> Void) {
        for index in 0..<PackedFields.coreCount { body(fields.text(at: index)) }
        for slot in [ExtraSlot.region, .postcode, .date, .comment, .email, .phone, .street]
        where fields.extraMask & slot.bit != 0 {
            body(fields.text(at: position(of: slot)))
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
        guard !fields.hasText(value, at: index) else { return self }
        let fields = self.fields
        return SignatoryDetails(fields: .packing(extraMask: fields.extraMask, count: fields.count) { field in
            field == index ? value : fields.text(at: field)
        })
    }

    /// A copy with the value of `slot` set to `value` (removed when empty).
    func replacing(_ slot: ExtraSlot, with value: String) -> SignatoryDetails {
        let isPresent = fields.extraMask & slot.bit != 0
        guard isPresent ? !fields.hasText(value, at: position(of: slot)) : !value.isEmpty else { return self }
        var values = (0..<fields.count).map(fields.text(at:))
        var mask = fields.extraMask
        switch (isPresent, value.isEmpty) {
        case (true, true):
            values.remove(at: position(of: slot))
            mask &= ~slot.bit
        case (true, false):
            values[position(of: slot)] = value
        default:
            values.insert(value, at: position(of: slot))
            mask |= slot.bit
        }
        return SignatoryDetails(fields: .packing(extraMask: mask, count: values.count) { values[$0] })
    }

    static func == (lhs: SignatoryDetails, rhs: SignatoryDetails) -> Bool {
        lhs.fields === rhs.fields || lhs.fields.hasSameBytes(as: rhs.fields)
    }

    /// Where `slot`'s value is, or would be inserted, among the fields.
    private func position(of slot: ExtraSlot) -> Int {
        PackedFields.coreCount + (fields.extraMask & (slot.bit - 1)).nonzeroBitCount
    }
}

/// How a `PackedFields` is laid out.
struct PackedFieldsHeader {
    /// Which `ExtraSlot`s have a value, one bit each; they follow the four core fields.
    let extraMask: UInt8
    /// Bytes per stored field end: 2, or 4 when the text is longer than 65,535 bytes.
    let endWidth: UInt8
}

/// The fields of one `SignatoryDetails` in a single allocation: where each field ends (in
/// `endWidth` bytes each), then the UTF-8 of all fields back to back. Fields are title,
/// organisation, city, country, then the values of the slots in `extraMask`, in slot order.
final class PackedFields: ManagedBuffer<PackedFieldsHeader, UInt8> {
    /// Title, organisation, city and country, always present.
    static let coreCount = 4

    /// Packs `count` fields, field `index` being `text(index)` (which is asked twice).
    static func packing(extraMask: UInt8, count: Int, _ text: (Int) -> String) -> PackedFields {
        assert(count == coreCount + extraMask.nonzeroBitCount, "one field per core column and extra slot")
        var textCount = 0
        for index in 0..<count { textCount += text(index).utf8.count }
        let endWidth = textCount <= Int(UInt16.max) ? 2 : 4
        let endsCount = count * endWidth
        let made = create(minimumCapacity: endsCount + textCount) { _ in
            PackedFieldsHeader(extraMask: extraMask, endWidth: UInt8(endWidth))
        }
        made.withUnsafeMutablePointerToElements { elements in
            let bytes = UnsafeMutableRawPointer(elements)
            var end = 0
            for index in 0..<count {
                var value = text(index)
                value.withUTF8 { utf8 in
                    if let start = utf8.baseAddress {
                        (bytes + endsCount + end).copyMemory(from: start, byteCount: utf8.count)
                    }
                    end += utf8.count
                }
                if endWidth == 2 {
                    bytes.storeBytes(of: UInt16(end), toByteOffset: index * 2, as: UInt16.self)
                } else {
                    bytes.storeBytes(of: UInt32(end), toByteOffset: index * 4, as: UInt32.self)
                }
            }
        }
        return unsafeDowncast(made, to: PackedFields.self)
    }

    // Reads go through `withUnsafeMutablePointers`: `header` is a class's stored property, and
    // each access to it would be checked for exclusivity at run time, several times per field.

    var extraMask: UInt8 { withUnsafeMutablePointers { header, _ in header.pointee.extraMask } }

    /// How many fields are stored.
    var count: Int { withUnsafeMutablePointers { header, _ in Self.count(header.pointee) } }

    /// Whether every field is empty and no slot is present.
    var isEmpty: Bool { extraMask == 0 && withBytes { $0.isEmpty } }

    /// Field `index` as text.
    func text(at index: Int) -> String {
        withField(index) { $0.isEmpty ? "" : String(decoding: $0, as: UTF8.self) }
    }

    /// Whether field `index` is `text`, byte for byte.
    func hasText(_ text: String, at index: Int) -> Bool {
        var text = text
        return withField(index) { field in text.withUTF8 { $0.elementsEqual(field) } }
    }

    /// Whether `other` stores the same fields (equal text is equal bytes: all fields are NFC).
    func hasSameBytes(as other: PackedFields) -> Bool {
        extraMask == other.extraMask && withStoredBytes { mine in other.withStoredBytes { mine.elementsEqual($0) } }
    }

    /// Feeds the stored bytes, which tell the fields apart, to `hasher`.
    func hash(into hasher: inout Hasher) {
        hasher.combine(extraMask)
        withStoredBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    private static func count(_ header: PackedFieldsHeader) -> Int {
        coreCount + header.extraMask.nonzeroBitCount
    }

    /// Calls `body` with the UTF-8 of field `index`.
    private func withField<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeMutablePointers { header, elements in
            let header = header.pointee
            let start = index == 0 ? 0 : Self.end(of: index - 1, in: elements, header)
            let text = UnsafePointer(elements) + Self.count(header) * Int(header.endWidth)
            return body(UnsafeBufferPointer(start: text + start, count: Self.end(of: index, in: elements, header) - start))
        }
    }

    /// Calls `body` with the UTF-8 of all fields.
    private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeMutablePointers { header, elements in
            let header = header.pointee
            let count = Self.count(header)
            return body(UnsafeBufferPointer(start: UnsafePointer(elements) + count * Int(header.endWidth),
                                            count: Self.end(of: count - 1, in: elements, header)))
        }
    }

    /// Calls `body` with the field ends and the UTF-8, as stored.
    private func withStoredBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeMutablePointers { header, elements in
            let header = header.pointee
            let count = Self.count(header)
            return body(UnsafeBufferPointer(start: elements, count: count * Int(header.endWidth) + Self.end(of: count - 1, in: elements, header)))
        }
    }

    /// Where field `index` ends, in bytes from the start of the text.
    private static func end(of index: Int, in elements: UnsafeMutablePointer<UInt8>, _ header: PackedFieldsHeader) -> Int {
        let bytes = UnsafeRawPointer(elements)
        return header.endWidth == 2
            ? Int(bytes.loadUnaligned(fromByteOffset: index * 2, as: UInt16.self))
            : Int(bytes.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
    }
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
        details.fields.hash(into: &hasher)
    }

    static func == (lhs: DetailsBytes, rhs: DetailsBytes) -> Bool {
        lhs.details == rhs.details
    }
}
