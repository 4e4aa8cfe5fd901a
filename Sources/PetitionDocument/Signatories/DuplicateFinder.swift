/// Finds exact duplicates: rows whose name and detail columns are the same after
/// normalisation (trimmed, white space folded, NFC, as read) and lowercasing.
///
/// Keys are built in reusable byte buffers, ASCII lowercased in place, so most rows allocate
/// nothing (see `EarlierRowFinder`).
typealias DuplicateFinder = EarlierRowFinder<LowercaseForm>

/// A value lowercased, in UTF-8: each scalar's lowercase mapping, as `String.lowercased()`
/// gives, remembered per scalar since `lowercased()` is slow for non-ASCII text.
struct LowercaseForm: ComparedForm {
    private var lowercase = ScalarBytesMemo { (Array($0.properties.lowercaseMapping.utf8), false) }

    mutating func append(formOf value: String, to key: inout [UInt8]) {
        if Self.appendLowercasedASCII(value, to: &key) { return }
        for scalar in value.unicodeScalars {
            let entry = lowercase.entry(for: scalar)  // before `append` reads the memo's bytes
            lowercase.append(entry, to: &key)
        }
    }

    /// Appends `text` lowercased when it is ASCII and returns true; otherwise leaves `key` as it
    /// was and returns false.
    private static func appendLowercasedASCII(_ text: String, to key: inout [UInt8]) -> Bool {
        let start = key.count
        key.append(contentsOf: text.utf8)
        let isASCII = key.withUnsafeMutableBufferPointer { bytes in
            for index in start..<bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 { return false }
                if byte &- 0x41 < 26 { bytes[index] = byte | 0x20 }
            }
            return true
        }
        if !isASCII { key.removeSubrange(start...) }
        return isASCII
    }
}

/// Finds rows that are not exact duplicates but look the same when printed: their name and
/// detail columns have the same confusable skeleton (`ConfusableSkeleton`), like `Маria Silva`
/// with a Cyrillic М and а, and `Maria Silva`. They are reported for a person to review and
/// printed, never merged: two real people may well have names that look alike.
///
/// A hash match is confirmed by rebuilding the earlier row's skeleton (see `EarlierRowFinder`),
/// so only real look-alikes are reported.
typealias LookAlikeFinder = EarlierRowFinder<SkeletonBuilder>

/// Finds, row after row, the first earlier row whose name and detail columns have the same
/// `Form` (lowercased for duplicates, confusable skeletons for look-alikes).
///
/// Keeps the position of the first row of each key in a `FirstPositionTable` (about 11 MB for a
/// million rows); a hash match is confirmed by building the earlier row's key again
/// and comparing, so a collision never pairs two different rows.
struct EarlierRowFinder<Form: ComparedForm> {
    private var table: FirstPositionTable
    private var keys: RowKeys<Form>
    private var key: [UInt8] = []
    private var earlierKey: [UInt8] = []

    init(columns: [SignatoryColumn], expectedCount: Int, form: Form) {
        table = FirstPositionTable(capacity: expectedCount)
        keys = RowKeys(columns: columns, form: form)
    }

    /// The index in `entries` of the earlier entry that `signatory` matches, or `nil` when it is
    /// the first of its key; then it is remembered as living at `position`.
    mutating func earlierRow(matching signatory: Signatory, position: Int, in entries: SignatoryArray) -> Int? {
        keys.build(&key, of: signatory)
        var probe = table.probe(for: key.bytesHash)
        while let candidate = table.nextCandidate(&probe) {
            keys.build(&earlierKey, of: entries[candidate])
            if earlierKey == key { return candidate }
        }
        table.insert(position, at: probe)
        return nil
    }
}

/// The form in which a value is compared, appended as bytes to a key.
protocol ComparedForm {
    mutating func append(formOf value: String, to key: inout [UInt8])
}

/// Builds the compared form of a row, as bytes: the form of the name and of each column, each
/// followed by U+001F (which cleaned fields never hold).
///
/// The form of the columns is remembered for each `SignatoryDetails` seen (capped like
/// `RememberedValues`), since many rows share theirs.
struct RowKeys<Form: ComparedForm> {
    private let columns: [SignatoryColumn]
    /// Whether all of `columns` live in `SignatoryDetails`, so their form can be remembered.
    private let columnsAreDetails: Bool
    private var form: Form
    private var detailForms: [ObjectIdentifier: (details: SignatoryDetails, form: [UInt8])] = [:]

    init(columns: [SignatoryColumn], form: Form) {
        self.columns = columns
        self.columnsAreDetails = Signatory.areDetails(columns)
        self.form = form
    }

    /// Puts the compared form of `signatory` in `key`.
    mutating func build(_ key: inout [UInt8], of signatory: Signatory) {
        key.removeAll(keepingCapacity: true)
        form.append(formOf: signatory.name, to: &key)
        key.append(0x1F)
        guard columnsAreDetails else {
            appendColumns(of: signatory, to: &key)
            return
        }
        let identity = signatory.sharedDetails.identity
        if let known = detailForms[identity] {
            key.append(contentsOf: known.form)
            return
        }
        let start = key.count
        appendColumns(of: signatory, to: &key)
        if detailForms.count < RememberedValues.capacity {
            detailForms[identity] = (signatory.sharedDetails, Array(key[start...]))
        }
    }

    private mutating func appendColumns(of signatory: Signatory, to key: inout [UInt8]) {
        for column in columns {
            form.append(formOf: signatory[column], to: &key)
            key.append(0x1F)
        }
    }
}

extension [UInt8] {
    /// The hash of the bytes.
    var bytesHash: Int {
        withUnsafeBytes { bytes in
            var hasher = Hasher()
            hasher.combine(bytes: bytes)
            return hasher.finalize()
        }
    }
}

/// Remembers, for each distinct key, the position of the first row that had it: an
/// open-addressing table of 8-byte slots holding part of the key's hash and the position.
///
/// Keys themselves are not stored; a caller confirms each candidate by rebuilding the key of
/// the row at that position, so a hash collision never makes two different keys match. A
/// million rows need 11 MB, a quarter of what a `Dictionary<Int, Int32>` takes.
struct FirstPositionTable {
    /// Each slot: the hash's high 32 bits, then the position plus one (0 marks an empty slot).
    private var slots: [UInt64]

    /// A table for at most `capacity` keys, kept at most three quarters full.
    init(capacity: Int) {
        slots = [UInt64](repeating: 0, count: max(16, capacity + capacity / 3 + 1))
    }

    /// Where a search for one hash stands: the next slot to look at.
    struct Probe {
        fileprivate let tag: UInt64
        fileprivate var slot: Int
    }

    /// The start of the search for the key with `hash`.
    func probe(for hash: Int) -> Probe {
        // The low 32 bits of the hash scaled to the table's size pick the first slot.
        Probe(tag: UInt64(UInt(bitPattern: hash) >> 32) << 32,
              slot: Int((UInt64(UInt32(truncatingIfNeeded: hash)) * UInt64(slots.count)) >> 32))
    }

    /// The next position whose hash may match, or `nil` when there is none; `probe` then
    /// stands at the empty slot where the key belongs (see `insert`).
    func nextCandidate(_ probe: inout Probe) -> Int? {
        while true {
            let value = slots[probe.slot]
            if value == 0 { return nil }
            if value & 0xFFFF_FFFF_0000_0000 == probe.tag {
                advance(&probe)
                return Int(value & 0xFFFF_FFFF) - 1
            }
            advance(&probe)
        }
    }

    private func advance(_ probe: inout Probe) {
        probe.slot = probe.slot + 1 == slots.count ? 0 : probe.slot + 1
    }

    /// Records `position` for the key whose search ended (without a match) at `probe`.
    mutating func insert(_ position: Int, at probe: Probe) {
        precondition(position < 0xFFFF_FFFF, "positions fit in 32 bits")
        slots[probe.slot] = probe.tag | UInt64(position + 1)
    }
}

/// A row that repeats an earlier row exactly (see `DuplicateFinder`).
public struct DuplicateRow: Sendable, Equatable {
    /// The signatory file of the row, and of the row it repeats (another file when several
    /// lists are merged).
    public var file: String
    public var firstFile: String
    /// The 1-based line on which the duplicate row starts.
    public var line: Int
    /// The line of the first row it repeats.
    public var firstLine: Int
    /// The name as read.
    public var name: String

    public init(file: String = "", line: Int, firstFile: String = "", firstLine: Int, name: String) {
        self.file = file
        self.firstFile = firstFile
        self.line = line
        self.firstLine = firstLine
        self.name = name
    }

    /// Where the first row is, as a reason names it: `line 5` in the same file, `a.csv:5` in
    /// another.
    public var firstPlace: String {
        firstFile == file ? "line \(firstLine)" : "\(firstFile):\(firstLine)"
    }
}
