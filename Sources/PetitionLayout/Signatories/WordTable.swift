/// A hash table from (UTF-8 bytes, style number) to a word's ID, for ``WordCache``. The keys'
/// bytes live one after another in a single array, and the slots are plain integers, so a
/// million lookups allocate nothing and a table of tens of thousands of words is a few arrays.
/// Open addressing with linear probing, kept at most half full.
struct WordTable {
    private struct Key {
        var start: Int32
        var count: Int32
        var style: Int32
        var hash: Int
    }

    /// Key bytes of all words, in insertion order.
    private var bytes: [UInt8] = []
    /// Indexed by word ID.
    private var keys: [Key] = []
    /// Word ID + 1 per slot; 0 marks an empty slot. The count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1024)

    /// The ID stored for `text` in style `style`, if any.
    func find(_ text: UnsafeBufferPointer<UInt8>, style: Int) -> WordCache.ID? {
        let mask = slots.count - 1
        let hash = Self.hash(text, style: style)
        var slot = hash & mask
        while slots[slot] != 0 {
            let id = slots[slot] - 1
            if matches(keys[Int(id)], text, style: style, hash: hash) { return id }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `id` for `text` in style `style`; `id` must be the next one (the number of keys so far).
    mutating func insert(_ text: UnsafeBufferPointer<UInt8>, style: Int, id: WordCache.ID) {
        precondition(Int(id) == keys.count, "word IDs are handed out in order")
        let hash = Self.hash(text, style: style)
        keys.append(Key(start: Int32(bytes.count), count: Int32(text.count), style: Int32(style), hash: hash))
        bytes.append(contentsOf: text)
        if keys.count * 2 > slots.count { grow() } else { place(id, hash: hash) }
    }

    /// Whether `key` is `text` in `style` (whose hash is `hash`).
    private func matches(_ key: Key, _ text: UnsafeBufferPointer<UInt8>, style: Int, hash: Int) -> Bool {
        guard key.hash == hash, key.style == style, Int(key.count) == text.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            let start = Int(key.start)
            for offset in 0..<text.count where stored[start + offset] != text[offset] { return false }
            return true
        }
    }

    private mutating func place(_ id: WordCache.ID, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = id + 1
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (id, key) in keys.enumerated() { place(WordCache.ID(id), hash: key.hash) }
    }

    /// Swift's seeded hasher over the raw bytes: no Unicode normalisation, and no list can be
    /// built to make words collide.
    private static func hash(_ text: UnsafeBufferPointer<UInt8>, style: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(style)
        hasher.combine(bytes: UnsafeRawBufferPointer(text))
        return hasher.finalize()
    }
}
