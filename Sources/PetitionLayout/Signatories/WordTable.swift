/// A hash table from (UTF-8 bytes, style number) to a word's ID, for ``WordCache``. The keys'
/// bytes live one after another in a single array, and where each key is lies in an array
/// indexed by ID; a slot holds only the ID and the hash. A lookup allocates nothing and touches
/// three places in memory: its slot, its key's record and the key's bytes. Open addressing with
/// linear probing, kept at most half full; IDs are given in order from 0.
struct WordTable {
    private struct Slot {
        /// Word ID + 1; 0 marks an empty slot.
        var idPlusOne: Int32 = 0
        var hash: UInt32 = 0
    }

    /// Where a key's bytes are in `bytes`, and its style.
    private struct Key {
        var start: Int32
        var count: UInt16
        var style: UInt16
    }

    /// Key bytes of all words, in insertion order.
    private var bytes: [UInt8] = []
    /// Indexed by ID.
    private var keys: [Key] = []
    /// The count is a power of two.
    private var slots = [Slot](repeating: Slot(), count: 1024)

    /// The ID stored for `text` in style `style`, if any.
    func find(_ text: UnsafeBufferPointer<UInt8>, style: Int) -> WordCache.ID? {
        let hash = Self.hash(text, style: style)
        return slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                bytes.withUnsafeBufferPointer { bytes in
                    let mask = slots.count - 1
                    var index = Int(hash) & mask
                    while slots[index].idPlusOne != 0 {
                        let slot = slots[index]
                        if slot.hash == hash {
                            let key = keys[Int(slot.idPlusOne - 1)]
                            if Int(key.style) == style, Int(key.count) == text.count,
                               bytes[Int(key.start)..<Int(key.start) + Int(key.count)].elementsEqual(text) {
                                return slot.idPlusOne - 1
                            }
                        }
                        index = (index + 1) & mask
                    }
                    return nil
                }
            }
        }
    }

    /// Stores `id` (the next ID: the number of keys stored so far) for `text` (not yet in the
    /// table, at most 65,535 bytes) in style `style` (below 65,536).
    mutating func insert(_ text: UnsafeBufferPointer<UInt8>, style: Int, id: WordCache.ID) {
        assert(Int(id) == keys.count, "IDs are given in order")
        keys.append(Key(start: Int32(bytes.count), count: UInt16(text.count), style: UInt16(style)))
        bytes.append(contentsOf: text)
        if keys.count * 2 > slots.count { grow() }
        place(Slot(idPlusOne: id + 1, hash: Self.hash(text, style: style)))
    }

    /// Keeps only the words `kept` (IDs in increasing order), which become IDs 0, 1, 2 … in that
    /// order; every other word is forgotten. The storage is kept for the next words.
    mutating func keep(_ kept: [WordCache.ID]) {
        // In increasing order each key moves down (or stays), so it is never overwritten
        // before it is moved.
        var byteCount = 0
        for (newID, oldID) in kept.enumerated() {
            var key = keys[Int(oldID)]
            let start = Int(key.start)
            for offset in 0..<Int(key.count) { bytes[byteCount + offset] = bytes[start + offset] }
            key.start = Int32(byteCount)
            byteCount += Int(key.count)
            keys[newID] = key
        }
        bytes.removeSubrange(byteCount...)
        keys.removeSubrange(kept.count...)
        for index in slots.indices { slots[index] = Slot() }
        for (id, key) in keys.enumerated() {
            let hash = bytes.withUnsafeBufferPointer { bytes in
                Self.hash(UnsafeBufferPointer(rebasing: bytes[Int(key.start)..<Int(key.start) + Int(key.count)]), style: Int(key.style))
            }
            place(Slot(idPlusOne: Int32(id + 1), hash: hash))
        }
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
