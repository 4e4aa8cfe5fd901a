/// The unquoted field contents of one CSV record, stored back to back in one reusable byte
/// buffer so that a million rows do not allocate a million arrays.
struct CSVFields {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    var count: Int { ends.count }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(contentsOf source: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: source)
    }

    mutating func endField() {
        ends.append(bytes.count)
    }

    /// Calls `body` with the bytes of field `index`, or with no bytes when the record has fewer
    /// fields.
    func withField<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard index < ends.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[start..<ends[index]]))
        }
    }
}
