/// The lines of a byte buffer (LF, CRLF or CR line ends), each as a byte range without its line
/// end, with 1-based line numbers.
struct ByteLines: IteratorProtocol, Sequence {
    struct Line {
        let number: Int
        let range: Range<Int>
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private var number = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
        self.bytes = bytes
        self.position = start
    }

    mutating func next() -> Line? {
        guard position < bytes.count else { return nil }
        var end = position
        while end < bytes.count, bytes[end] != ASCII.lineFeed, bytes[end] != ASCII.carriageReturn { end += 1 }
        let line = Line(number: number, range: position..<end)
        let isCRLF = end + 1 < bytes.count && bytes[end] == ASCII.carriageReturn && bytes[end + 1] == ASCII.lineFeed
        position = isCRLF ? end + 2 : end + 1
        number += 1
        return line
    }

    /// How many lines `bytes` has at most (line feeds, or carriage returns when there is no line
    /// feed, plus one): enough to reserve room for the rows without counting exactly. `release`
    /// is told the offset counted up to every `interval` bytes and at the end.
    static func count(in bytes: UnsafeBufferPointer<UInt8>, every interval: Int = .max,
                      release: (Int) -> Void = { _ in }) -> Int {
        var feeds = 0
        var returns = 0
        var start = 0
        while start < bytes.count {
            let end = start + Swift.min(interval, bytes.count - start)
            for byte in bytes[start..<end] {
                if byte == ASCII.lineFeed { feeds += 1 } else if byte == ASCII.carriageReturn { returns += 1 }
            }
            release(end)
            start = end
        }
        return (feeds > 0 ? feeds : returns) + 1
    }

    /// Whether the bytes in `range` are only spaces and tabs.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == ASCII.space || $0 == ASCII.tab }
    }
}
