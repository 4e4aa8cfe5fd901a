/// A hash table from (UTF-8 bytes, style number) to a word's ID, for ``WordCache``. The keys'
/// bytes live one after another in a single array and each slot holds where its key is, so a
/// lookup allocates nothing and touches two places in memory: its slot and its key's bytes.
/// Open addressing with linear probing, kept at most half full.
struct WordTable {
    private struct Slot {
        /// Word ID + 1; 0 marks an empty slot.
        var idPlusOne: Int32 = 0
        var hash: UInt32 = 0
        var style: Int32 = 0
        /// Where the key's bytes are in `bytes`.
        var start: Int32 = 0
        var count: Int32 = 0
    }

    /// Key bytes of all words, in insertion order.
    private var bytes: [UInt8] = []
    /// The count is a power of two.
    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var used = 0

    /// The ID stored for `text` in style `style`, if any.
    func find(_ text: UnsafeBufferPointer<UInt8>, style: Int) -> WordCache.ID? {
        let hash = Self.hash(text, style: style)
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in
                let mask = slots.count - 1
                var index = Int(hash) & mask
                while slots[index].idPlusOne != 0 {
                    let slot = slots[index]
                    if slot.hash == hash, slot.style == style, Int(slot.count) == text.count,
                       bytes[Int(slot.start)..<Int(slot.start + slot.count)].elementsEqual(text) {
                        return slot.idPlusOne - 1
                    }
                    index = (index + 1) & mask
                }
                return nil
            }
        }
    }

    /// Stores `id` for `text` (not yet in the table) in style `style`.
    mutating func insert(_ text: UnsafeBufferPointer<UInt8>, style: Int, id: WordCache.ID) {
        let slot = Slot(idPlusOne: id + 1, hash: Self.hash(text, style: style), style: Int32(style), start: Int32(bytes.count),
                        count: Int32(text.count))
        bytes.append(contentsOf: text)
        used += 1
        if used * 2 > slots.count { grow() }
        place(slot)
    }

    private mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var index = Int(slot.hash) & mask
        while slots[index].idPlusOne != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        for slot in old where slot.idPlusOne != 0 { place(slot) }
    }

    /// Swift's seeded hasher over the raw bytes: no Unicode normalisation, and no list can be
    /// built to make words collide.
    private static func hash(_ text: UnsafeBufferPointer<UInt8>, style: Int) -> UInt32 {
        var hasher = Hasher()
        hasher.combine(style)
        hasher.combine(bytes: UnsafeRawBufferPointer(text))
        return UInt32(truncatingIfNeeded: hasher.finalize())
    }
}
