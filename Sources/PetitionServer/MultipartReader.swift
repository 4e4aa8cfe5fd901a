import Foundation

/// A streaming reader of `multipart/form-data` (RFC 7578 over RFC 2046's multipart syntax),
/// written here because vapor/multipart-kit 4.7.1, the one in the package mirror, traps (a remote
/// crash of the whole server) on a byte above 0x7F where a part's header name is expected.
///
/// Bytes go in as they arrive; what comes out are events: a part's headers, pieces of its body,
/// its end, the form's end. Memory stays bounded: body bytes are handed on at once except the
/// few that might start a delimiter, and a part's header block may hold at most
/// `headerBlockLimit` bytes. Anything malformed throws `MultipartReader.Malformed`.
struct MultipartReader {
    enum Event: Equatable {
        /// A new part, with its header lines (names lowercased, values as sent).
        case part(headers: [Header])
        case body([UInt8])
        case partEnd
        /// The closing delimiter: nothing more belongs to the form.
        case end
    }

    struct Header: Equatable {
        var name: String
        var value: String
    }

    struct Malformed: Error, Equatable {
        var reason: String
    }

    /// The most bytes a part's header block may take (its lines and their line ends).
    static let headerBlockLimit = 16 << 10

    private enum State {
        case preamble, afterDelimiter, headers, body, epilogue
    }

    /// `CRLF--boundary`: what ends a part's body (and, without the CRLF, opens the first part).
    private let delimiter: [UInt8]
    private var state = State.preamble
    private var pending: [UInt8]
    private var start = 0
    private var headers: [Header] = []
    private var headerBytes = 0

    init(boundary: String) {
        delimiter = Array("\r\n--\(boundary)".utf8)
        // As if the body began with a line end, so the first delimiter needs no special case.
        pending = [0x0D, 0x0A]
    }

    /// Whether the closing delimiter has been read.
    var isComplete: Bool { state == .epilogue }

    /// Reads `bytes`, returning the events they complete.
    mutating func read(_ bytes: some Sequence<UInt8>) throws(Malformed) -> [Event] {
        if state == .epilogue { return [] }
        pending.append(contentsOf: bytes)
        var events: [Event] = []
        while try step(&events) {}
        if start > 64 << 10 || start > pending.count / 2 {
            pending.removeFirst(start)
            start = 0
        }
        return events
    }

    /// Takes one step; false when more bytes are needed.
    private mutating func step(_ events: inout [Event]) throws(Malformed) -> Bool {
        switch state {
        case .preamble:
            guard let found = find(delimiter) else {
                start = max(start, pending.count - delimiter.count + 1)
                return false
            }
            start = found + delimiter.count
            state = .afterDelimiter
        case .afterDelimiter:
            // Transport padding (spaces, tabs) may follow a delimiter, then CRLF or the closing "--".
            while start < pending.count, pending[start] == 0x20 || pending[start] == 0x09 { start += 1 }
            guard pending.count - start >= 2 else { return false }
            switch (pending[start], pending[start + 1]) {
            case (0x2D, 0x2D):
                state = .epilogue
                events.append(.end)
                return false
            case (0x0D, 0x0A):
                start += 2
                state = .headers
                headers = []
                headerBytes = 0
            default:
                throw Malformed(reason: "a boundary is followed by neither a line end nor --")
            }
        case .headers:
            guard let lineEnd = find([0x0D, 0x0A]) else {
                guard headerBytes + pending.count - start <= Self.headerBlockLimit else {
                    throw Malformed(reason: "a part's headers are longer than \(Self.headerBlockLimit) bytes")
                }
                return false
            }
            headerBytes += lineEnd + 2 - start
            guard headerBytes <= Self.headerBlockLimit else {
                throw Malformed(reason: "a part's headers are longer than \(Self.headerBlockLimit) bytes")
            }
            let line = pending[start..<lineEnd]
            start = lineEnd + 2
            if line.isEmpty {
                events.append(.part(headers: headers))
                state = .body
            } else {
                headers.append(try Self.header(line))
            }
        case .body:
            if let found = find(delimiter) {
                if found > start { events.append(.body(Array(pending[start..<found]))) }
                events.append(.partEnd)
                start = found + delimiter.count
                state = .afterDelimiter
            } else {
                // Keep back only what could be the start of a delimiter split across reads.
                let safeEnd = max(start, pending.count - delimiter.count + 1)
                if safeEnd > start { events.append(.body(Array(pending[start..<safeEnd]))) }
                start = safeEnd
                return false
            }
        case .epilogue:
            return false
        }
        return true
    }

    /// `Name: value`: the name a token of visible ASCII, the value valid UTF-8 (browsers send
    /// file names that way).
    private static func header(_ line: ArraySlice<UInt8>) throws(Malformed) -> Header {
        guard let colon = line.firstIndex(of: 0x3A), colon > line.startIndex else {
            throw Malformed(reason: "a part's header line has no name")
        }
        let separators: Set<UInt8> = Set("()<>@,;:\\\"/[]?={} \t".utf8)
        let name = line[..<colon]
        guard name.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !separators.contains($0) }) else {
            throw Malformed(reason: "a part's header name has characters a header name cannot have")
        }
        guard let value = String(validating: line[(colon + 1)...], as: UTF8.self) else {
            throw Malformed(reason: "a part's header value is not valid UTF-8")
        }
        return Header(name: String(decoding: name, as: UTF8.self).lowercased(), value: value.trimmingCharacters(in: .whitespaces))
    }

    /// Where `needle` next occurs in the unread bytes. Scans for its first byte with `memchr`
    /// and compares from there: linear, since a delimiter holds no second CR.
    private func find(_ needle: [UInt8]) -> Int? {
        pending.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var position = start
            while position + needle.count <= buffer.count {
                guard let hit = memchr(base + position, Int32(needle[0]), buffer.count - position) else { return nil }
                let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                guard index + needle.count <= buffer.count else { return nil }
                if memcmp(base + index, needle, needle.count) == 0 { return index }
                position = index + 1
            }
            return nil
        }
    }
}
