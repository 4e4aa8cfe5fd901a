import Foundation
import Synchronization

/// The outputs of renders answered with JSON, kept in memory under an unguessable id so the
/// links in the report work: `/api/results/ID/NAME.pdf`, `.../rejects.csv`, `.../page-1.png`.
/// Each stays for `lifetime`; when they would take more than `capacity` bytes the oldest go
/// first. Nothing is kept on disk, so a request's folder can go when it ends.
final class ResultStore: Sendable {
    struct File: Sendable {
        var data: Data
        var contentType: String
    }

    private struct Entry {
        var files: [String: File]
        var expires: ContinuousClock.Instant
        var bytes: Int
    }

    let lifetime: Duration
    let capacity: Int
    private let entries = Mutex<[(id: String, entry: Entry)]>([])

    init(lifetime: Duration, capacity: Int) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// Keeps `files` (name to content) and returns their id.
    func keep(_ files: [String: File]) -> String {
        let id = UUID().uuidString.lowercased()
        let bytes = files.values.reduce(0) { $0 + $1.data.count }
        let now = ContinuousClock.now
        entries.withLock { entries in
            entries.removeAll { $0.entry.expires <= now }
            var total = entries.reduce(bytes) { $0 + $1.entry.bytes }
            while total > capacity, !entries.isEmpty {
                total -= entries.removeFirst().entry.bytes
            }
            entries.append((id, Entry(files: files, expires: now + lifetime, bytes: bytes)))
        }
        return id
    }

    /// The file `name` of result `id`, if it is still kept.
    func file(_ name: String, of id: String) -> File? {
        let now = ContinuousClock.now
        return entries.withLock { entries in
            entries.first { $0.id == id && $0.entry.expires > now }?.entry.files[name]
        }
    }

    /// Bytes held now.
    var bytesHeld: Int { entries.withLock { $0.reduce(0) { $0 + $1.entry.bytes } } }
}
