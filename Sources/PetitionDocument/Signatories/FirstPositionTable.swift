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
