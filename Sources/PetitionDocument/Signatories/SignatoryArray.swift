/// The signatories of a list, in order, stored compactly: a list may hold a million of them.
///
/// It reads and writes like `[Signatory]`, but a `Signatory` is made when an element is read.
/// Each row keeps the number of its details, its line and where its record starts (12 bytes).
/// The details are in a `DetailsStore`, each distinct set once, which copies of the array and
/// the parts `extracting` makes share until one of them adds a set. The records lie back to
/// back in one byte buffer: a flags byte, the name's length in UTF-8 bytes
/// (LEB128), the file index when it is not 0 (LEB128), then the name's UTF-8. So a name is
/// not an allocation of its own, as a `String` of more than 15 bytes is, and reordering or
/// removing rows moves 12 bytes each and leaves the names and details where they are.
///
/// Records are written once and never changed: a row given a new name or file index gets a new
/// record, and a record may serve several rows (consecutive rows given the same name and file,
/// such as every row of an anonymous list, share one). The bytes of records no row uses any
/// more stay until the array is rebuilt (`init(_:)` from another collection copies only what
/// its rows use). The buffer holds at most 4 GiB of records.
public struct SignatoryArray: Sendable, Equatable {
    /// One signatory without its name: the record holds the rest.
    fileprivate struct Row: Sendable {
        /// The number of the row's details in `store`.
        var details: UInt32
        /// Where the row's record starts in `records`.
        var record: UInt32
        var line: Int32
    }

    private var rows: [Row] = []
    private var records: [UInt8] = []
    private var store = DetailsStore.initial
    /// The record written last, so that a run of rows given the same name and file shares it.
    private var lastRecord: Range<Int>?

    public init() {}

    /// The bits of a record's flags byte.
    private enum Flag {
        static let isOrganisation: UInt8 = 1
        static let hasFileIndex: UInt8 = 2
    }

    /// Appends the record of `signatory` (or finds the last one written, when it is the same)
    /// and returns its row.
    private mutating func row(for signatory: Signatory) -> Row {
        var name = signatory.name
        let flags = (signatory.isOrganisation ? Flag.isOrganisation : 0) | (signatory.fileIndex != 0 ? Flag.hasFileIndex : 0)
        let start = records.count
        precondition(start <= Int(UInt32.max), "a signatory list holds at most 4 GiB of names")
        records.append(flags)
        name.withUTF8 { utf8 in
            appendLEB128(utf8.count)
            if flags & Flag.hasFileIndex != 0 { appendLEB128(signatory.fileIndex) }
            records.append(contentsOf: utf8)
        }
        var recordStart = start
        if let last = lastRecord, last.count == records.count - start,
           records[last].elementsEqual(records[start...]) {
            records.removeSubrange(start...)
            recordStart = last.lowerBound
        } else {
            lastRecord = start..<records.count
        }
        return Row(details: detailsIndex(of: signatory.sharedDetails), record: UInt32(recordStart),
                   line: Int32(clamping: signatory.line))
    }

    /// The number of `details` in `store`, adding them when no equal set is there.
    private mutating func detailsIndex(of details: SignatoryDetails) -> UInt32 {
        if let index = details.index(in: store) { return index }
        return details.withFields { fields in
            if fields.isEmpty { return DetailsStore.emptyIndex }
            if !isKnownUniquelyReferenced(&store) { store = store.copy() }
            return store.index(of: fields)
        }
    }

    /// Whether the record at `start` holds the name, organisation flag and file of `signatory`.
    private func recordMatches(_ start: UInt32, _ signatory: Signatory) -> Bool {
        var name = signatory.name
        return withRecord(at: start) { flags, fileIndex, utf8 in
            (flags & Flag.isOrganisation != 0) == signatory.isOrganisation && fileIndex == signatory.fileIndex
                && name.withUTF8 { $0.elementsEqual(utf8) }
        }
    }

    /// Appends `value` (not negative) to `records` seven bits a byte, low bits first, the top bit
    /// set on every byte but the last (LEB128).
    private mutating func appendLEB128(_ value: Int) {
        var value = value
        repeat {
            records.append(UInt8(value & 0x7F) | (value > 0x7F ? 0x80 : 0))
            value >>= 7
        } while value > 0
    }

    /// Calls `body` with the flags, the file index and the name's UTF-8 of the record at `start`.
    private func withRecord<Result>(at start: UInt32,
                                    _ body: (_ flags: UInt8, _ fileIndex: Int, _ name: UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        records.withUnsafeBufferPointer { bytes in
            var position = Int(start)
            let flags = bytes[position]
            position += 1
            func readLEB128() -> Int {
                var value = 0
                var shift = 0
                while true {
                    let byte = bytes[position]
                    position += 1
                    value |= Int(byte & 0x7F) << shift
                    shift += 7
                    if byte & 0x80 == 0 { return value }
                }
            }
            let length = readLEB128()
            let fileIndex = flags & Flag.hasFileIndex != 0 ? readLEB128() : 0
            return body(flags, fileIndex, UnsafeBufferPointer(rebasing: bytes[position..<(position + length)]))
        }
    }

    private static func string(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        utf8.isEmpty ? "" : String(decoding: utf8, as: UTF8.self)
    }

    /// The signatory of `row`.
    private func signatory(_ row: Row) -> Signatory {
        withRecord(at: row.record) { flags, fileIndex, name in
            var signatory = Signatory(name: Self.string(name), details: SignatoryDetails(store: store, index: row.details),
                                      isOrganisation: flags & Flag.isOrganisation != 0, line: Int(row.line))
            signatory.fileIndex = fileIndex
            return signatory
        }
    }

    /// The file index of signatory `position` (see `Signatory.fileIndex`), without making it.
    func fileIndex(at position: Int) -> Int {
        withRecord(at: rows[position].record) { _, fileIndex, _ in fileIndex }
    }

    /// Calls `body` with every text the list holds: each name and each field of the details
    /// (empty ones too), without the value kept only for grouping. Details that several rows
    /// share are visited once, so gathering a million rows' characters reads each name and each
    /// distinct set of details.
    public func forEachText(_ body: (String) -> Void) {
        // One bit per set of the store, which parts of a larger list share.
        var visited = [UInt64](repeating: 0, count: (store.count + 63) / 64)
        for row in rows {
            withRecord(at: row.record) { _, _, name in body(Self.string(name)) }
            let word = Int(row.details) / 64
            let bit = UInt64(1) << (row.details % 64)
            if visited[word] & bit != 0 { continue }
            visited[word] |= bit
            SignatoryDetails(store: store, index: row.details).forEachPrintableField(body)
        }
    }

    /// Appends the signatories of `other`, copying its records as they are and those of its
    /// details that this array does not hold yet.
    public mutating func append(contentsOf other: SignatoryArray) {
        guard !other.isEmpty else { return }
        if isEmpty, records.isEmpty {
            self = other
            return
        }
        let offset = records.count
        precondition(offset + other.records.count <= Int(UInt32.max), "a signatory list holds at most 4 GiB of names")
        records += other.records
        rows.reserveCapacity(rows.count + other.rows.count)
        let sameStore = other.store === store
        if !sameStore, !isKnownUniquelyReferenced(&store) { store = store.copy() }
        // Where each of `other`'s sets is in `store`, found when a row first needs it.
        let unknown = UInt32.max
        var numbers = sameStore ? [] : [UInt32](repeating: unknown, count: other.store.count)
        for var row in other.rows {
            row.record += UInt32(offset)
            if !sameStore {
                let theirs = Int(row.details)
                if numbers[theirs] == unknown { numbers[theirs] = other.store.withView(row.details, store.index(of:)) }
                row.details = numbers[theirs]
            }
            rows.append(row)
        }
        lastRecord = nil
    }

    public static func += (lhs: inout SignatoryArray, rhs: SignatoryArray) {
        lhs.append(contentsOf: rhs)
    }

    /// The signatories at `range`, as an array of their own that shares this one's records
    /// (so nothing is copied but the rows).
    public func extracting(_ range: Range<Int>) -> SignatoryArray {
        var part = SignatoryArray()
        part.rows = Array(rows[range])
        part.records = records
        part.store = store
        return part
    }

    /// Reorders the signatories so that signatory `i` becomes the old signatory `order[i]`, in
    /// place. `order` must be a permutation of the indices.
    public mutating func permute(by order: [Int]) {
        rows.permute(by: order)
    }

    /// Bytes held for the names and the rest of the records (for tests and measurements).
    var recordBytes: Int { records.count }

    /// Bytes held for the details (for tests and measurements).
    var detailsBytes: Int { store.storedBytes }

    /// Whether `other` shares this array's details rather than holding a copy (for tests).
    func sharesDetails(with other: SignatoryArray) -> Bool { store === other.store }

    public static func == (lhs: SignatoryArray, rhs: SignatoryArray) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}

extension SignatoryArray: RandomAccessCollection, MutableCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    public subscript(position: Int) -> Signatory {
        get { signatory(rows[position]) }
        set {
            if recordMatches(rows[position].record, newValue) {
                rows[position].details = detailsIndex(of: newValue.sharedDetails)
                rows[position].line = Int32(clamping: newValue.line)
            } else {
                rows[position] = self.row(for: newValue)
            }
        }
    }

    public mutating func swapAt(_ i: Int, _ j: Int) {
        rows.swapAt(i, j)
    }
}

extension SignatoryArray: RangeReplaceableCollection {
    public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C) where C.Element == Signatory {
        var added: [Row] = []
        added.reserveCapacity(newElements.count)
        for signatory in newElements { added.append(row(for: signatory)) }
        rows.replaceSubrange(subrange, with: added)
    }

    public mutating func reserveCapacity(_ count: Int) {
        rows.reserveCapacity(count)
        // Most names are shorter than this; a large buffer is only mapped, so what no name
        // uses costs no memory.
        records.reserveCapacity(count * 16)
    }

    public mutating func removeAll(keepingCapacity: Bool = false) {
        rows.removeAll(keepingCapacity: keepingCapacity)
        records.removeAll(keepingCapacity: keepingCapacity)
        store = .initial
        lastRecord = nil
    }
}

extension SignatoryArray: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Signatory...) {
        self.init(elements)
    }
}
