/// The packed form of a set of details (see `SignatoryDetails`): which extra slots are present
/// (`extraMask`), how wide each stored field end is (`endWidth`: 2 bytes, or 4 when the text is
/// longer than 65,535 bytes), where each field ends, then the UTF-8 of all fields back to back.
/// Fields are title, organisation, city, country, then the values of the slots in `extraMask`,
/// in slot order. A set lives on its own (`PackedFields`) or among a list's (`DetailsStore`);
/// either way it is read through this view, valid only inside the call that hands it over.
struct PackedFieldsView {
    /// Title, organisation, city and country, always present.
    static let coreCount = 4

    let extraMask: UInt8
    let endWidth: Int
    /// The field ends, then the text.
    let elements: UnsafePointer<UInt8>

    /// How many fields are stored.
    var count: Int { Self.coreCount + extraMask.nonzeroBitCount }

    /// Where field `index` ends, in bytes from the start of the text.
    func end(of index: Int) -> Int {
        let bytes = UnsafeRawPointer(elements)
        return endWidth == 2
            ? Int(bytes.loadUnaligned(fromByteOffset: index * 2, as: UInt16.self))
            : Int(bytes.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
    }

    /// The UTF-8 of field `index`.
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : end(of: index - 1)
        return UnsafeBufferPointer(start: elements + count * endWidth + start, count: end(of: index) - start)
    }

    /// Field `index` as text.
    func text(at index: Int) -> String {
        let utf8 = field(index)
        return utf8.isEmpty ? "" : String(decoding: utf8, as: UTF8.self)
    }

    /// Whether field `index` is `text`, byte for byte.
    func hasText(_ text: String, at index: Int) -> Bool {
        var text = text
        let field = field(index)
        return text.withUTF8 { $0.elementsEqual(field) }
    }

    /// The field ends and the UTF-8 of all fields, as stored.
    var stored: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: elements, count: count * endWidth + end(of: count - 1))
    }

    /// Whether every field is empty and no slot is present.
    var isEmpty: Bool { extraMask == 0 && end(of: count - 1) == 0 }

    /// Whether `other` stores the same fields (equal text is equal bytes: all fields are NFC).
    func hasSameBytes(as other: PackedFieldsView) -> Bool {
        extraMask == other.extraMask && stored.elementsEqual(other.stored)
    }

    /// Feeds the stored bytes, which tell the fields apart, to `hasher`.
    func hash(into hasher: inout Hasher) {
        hasher.combine(extraMask)
        hasher.combine(bytes: UnsafeRawBufferPointer(stored))
    }
}

/// How a `PackedFields` is laid out (see `PackedFieldsView`).
struct PackedFieldsHeader {
    let extraMask: UInt8
    let endWidth: UInt8
}

/// One set of details on its own, in a single allocation: the form details have while a list is
/// read or a signatory is changed, before a `SignatoryArray` copies them into its `DetailsStore`.
final class PackedFields: ManagedBuffer<PackedFieldsHeader, UInt8> {
    /// Packs `count` fields, field `index` being `text(index)` (which is asked twice).
    static func packing(extraMask: UInt8, count: Int, _ text: (Int) -> String) -> PackedFields {
        assert(count == PackedFieldsView.coreCount + extraMask.nonzeroBitCount, "one field per core column and extra slot")
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

    /// Calls `body` with the view of the fields. (Through `withUnsafeMutablePointers`: `header`
    /// is a class's stored property, and each access to it would be checked for exclusivity.)
    func withView<Result>(_ body: (PackedFieldsView) -> Result) -> Result {
        withUnsafeMutablePointers { header, elements in
            body(PackedFieldsView(extraMask: header.pointee.extraMask, endWidth: Int(header.pointee.endWidth),
                                  elements: UnsafePointer(elements)))
        }
    }
}

/// The details of a list's rows, each distinct set stored once: the sets lie back to back in one
/// byte buffer (the extra mask, the end width, then the stored bytes of `PackedFieldsView`) and
/// are numbered in the order they came. A row names its set by that number, so a set costs its
/// bytes, two header bytes and its four-byte start, not an allocation of its own. Set 0 is the
/// empty set. A hash table of the sets finds an equal set already stored.
///
/// Sets are never changed or removed, so a number stays valid as the store grows; a store
/// shared by several arrays (or by `SignatoryDetails` read from them) is copied before it grows
/// (see `SignatoryArray`). The buffer holds at most 4 GiB.
final class DetailsStore: @unchecked Sendable {
    // Sendable: changed only by a `SignatoryArray` that holds the only reference. For the same
    // reason no access can overlap a change, so the run-time exclusivity checks, several per
    // field read, are left out.
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    /// Where each set starts in `bytes`.
    @exclusivity(unchecked) private var starts: [UInt32] = []
    /// Open addressing: the number of a set plus one, 0 for a free slot; a power of two long.
    @exclusivity(unchecked) private var slots: [UInt32] = []

    /// The number of the empty set, in every store.
    static let emptyIndex: UInt32 = 0

    /// A store holding only the empty set, shared by every array until it adds a set (it is
    /// never changed: always shared, it is copied first).
    static let initial = DetailsStore()

    private init() {
        let empty = SignatoryDetails.empty
        empty.withFields { _ = index(of: $0) }
    }

    private init(copying other: DetailsStore) {
        bytes = other.bytes
        starts = other.starts
        slots = other.slots
    }

    /// A store of its own with the same sets, numbered alike.
    func copy() -> DetailsStore { DetailsStore(copying: self) }

    /// How many sets are stored.
    var count: Int { starts.count }

    /// Bytes held for the sets and their starts (for tests and measurements).
    var storedBytes: Int { bytes.count + starts.count * MemoryLayout<UInt32>.size }

    /// Calls `body` with the view of set `index`.
    func withView<Result>(_ index: UInt32, _ body: (PackedFieldsView) -> Result) -> Result {
        let start = Int(starts[Int(index)])
        return bytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress.unsafelyUnwrapped) + start
            return body(PackedFieldsView(extraMask: base.load(as: UInt8.self), endWidth: Int(base.load(fromByteOffset: 1, as: UInt8.self)),
                                         elements: (base + 2).assumingMemoryBound(to: UInt8.self)))
        }
    }

    /// The number of the set `view` holds: an equal set's already stored, or a new one's.
    func index(of view: PackedFieldsView) -> UInt32 {
        if (count + 1) * 4 > slots.count * 3 { rehash(slotCount: max(16, slots.count * 2)) }
        let mask = slots.count - 1
        var slot = Self.hash(view) & mask
        while case let entry = slots[slot], entry != 0 {
            if withView(entry - 1, { $0.hasSameBytes(as: view) }) { return entry - 1 }
            slot = (slot + 1) & mask
        }
        let stored = view.stored
        precondition(bytes.count + 2 + stored.count <= Int(UInt32.max), "a signatory list holds at most 4 GiB of details")
        starts.append(UInt32(bytes.count))
        bytes.append(view.extraMask)
        bytes.append(UInt8(view.endWidth))
        bytes.append(contentsOf: stored)
        slots[slot] = UInt32(count)
        return UInt32(count - 1)
    }

    /// Mixed into every hash, so that no list can be made to collide on purpose.
    private static let seed = UInt64.random(in: .min ... .max)

    /// A hash of the set, eight bytes at a time (`Hasher` took a tenth of reading a row).
    private static func hash(_ view: PackedFieldsView) -> Int {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        let stored = UnsafeRawBufferPointer(view.stored)
        var hash = seed ^ UInt64(view.extraMask) ^ UInt64(stored.count) << 8
        var offset = 0
        while offset + 8 <= stored.count {
            hash = (hash ^ stored.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < stored.count {
            tail = tail << 8 | UInt64(stored[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash &* multiplier ^ hash >> 32)
    }

    private func rehash(slotCount: Int) {
        slots = Array(repeating: 0, count: slotCount)
        let mask = slotCount - 1
        for index in 0..<count {
            var slot = withView(UInt32(index), Self.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(index + 1)
        }
    }
}
