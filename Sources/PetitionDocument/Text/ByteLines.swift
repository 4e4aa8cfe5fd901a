import Foundation

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
    /// feed, plus one): enough to reserve room for the rows without counting exactly. The bytes
    /// counted are given back to `release` every `interval` bytes and at the end.
    static func count(in bytes: UnsafeBufferPointer<UInt8>, every interval: Int = .max,
                      release: ReadBytes = .held) -> Int {
        var feeds = 0
        var returns = 0
        var start = 0
        while start < bytes.count {
            let end = start + Swift.min(interval, bytes.count - start)
            for byte in bytes[start..<end] {
                if byte == ASCII.lineFeed { feeds += 1 } else if byte == ASCII.carriageReturn { returns += 1 }
            }
            release.release(start..<end)
            start = end
        }
        return (feeds > 0 ? feeds : returns) + 1
    }

    /// Whether the bytes in `range` are only spaces and tabs.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == ASCII.space || $0 == ASCII.tab }
    }
}

/// A regular file mapped read-only into memory, whose pages can be given back once they have
/// been read: reading a list of a million rows then holds a window of the file rather than all
/// of its 50 MB next to the rows being built. Pages given back are read again from the file if
/// they are touched again, so giving back is never wrong, only slower.
///
/// Immutable once mapped, and giving back pages is safe from any thread, so it is `Sendable`.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Maps the file at `path`; `nil` when it cannot be opened, is not a regular file, or is empty.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0,
              let address = mmap(nil, Int(status.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0),
              address != MAP_FAILED
        else { return nil }
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: Int(status.st_size))
    }

    /// Gives back the whole pages inside `range` (those already given back cost nothing).
    func release(_ range: Range<Int>) {
        let start = (max(range.lowerBound, 0) + Self.pageSize - 1) / Self.pageSize * Self.pageSize
        let end = min(range.upperBound, bytes.count) / Self.pageSize * Self.pageSize
        guard end > start, let base = bytes.baseAddress else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}

/// How a reader gives back the bytes it has read: the pages of a mapped file (`MappedFile`),
/// or nothing for bytes held otherwise. Sendable, so both halves of a file read at once give
/// back their own.
struct ReadBytes: Sendable {
    /// Bytes that are not mapped: nothing to give back.
    static let held = ReadBytes(mapped: nil)

    let mapped: MappedFile?

    /// The bytes in `range` are no longer needed.
    func release(_ range: Range<Int>) {
        mapped?.release(range)
    }
}

/// The ASCII bytes the readers look for.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let comma: UInt8 = 0x2C
    static let semicolon: UInt8 = 0x3B
}
