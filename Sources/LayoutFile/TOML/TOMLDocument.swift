import Diagnostics

/// A parsed layout file: the keys before the first header, then each `[table]` in file order.
struct TOMLDocument {
    /// One `key = value` line.
    struct Entry {
        var key: String
        var keyLocation: SourceLocation
        var value: TOMLValue
    }

    /// One `[table]` or `[table.sub]` header and the entries under it.
    struct Table {
        var path: [String]
        var location: SourceLocation
        var entries: [Entry] = []

        /// The dotted name as written in the header, such as `page` or `page.sub`.
        var name: String { path.joined(separator: ".") }
    }

    /// Entries that come before any table header.
    var root: [Entry] = []
    var tables: [Table] = []

    /// The top-level entry for `key`, if the file has one.
    func rootEntry(_ key: String) -> Entry? {
        root.first { $0.key == key }
    }
}
