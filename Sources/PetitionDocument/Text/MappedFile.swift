import Foundation

/// A regular file mapped read-only into memory, whose pages can be given back once they have
/// been read: reading a list of a million rows then holds a window of the file rather than all
/// of its 50 MB next to the rows being built. Pages given back are read again from the file if
/// they are touched again, so giving back is never wrong, only slower.
final class MappedFile {
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

    /// Gives back the whole pages before `offset` (those already given back cost nothing).
    func release(before offset: Int) {
        let end = min(offset, bytes.count) / Self.pageSize * Self.pageSize
        guard end > 0, let base = bytes.baseAddress else { return }
        madvise(UnsafeMutableRawPointer(mutating: base), end, MADV_DONTNEED)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
