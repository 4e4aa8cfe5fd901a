import Diagnostics

/// A parsed layout file: the keys before the first header, then each `[table]` in file order.
package struct TOMLDocument {
    /// One `key = value` line.
    package struct Entry {
        package var key: String
        package var keyLocation: SourceLocation
        package var value: TOMLValue
    }

    /// One `[table]` or `[table.sub]` header and the entries under it.
    package struct Table {
        package var path: [String]
        package var location: SourceLocation
        package var entries: [Entry] = []

        /// The dotted name as written in the header, such as `page` or `page.sub`.
        package var name: String { path.joined(separator: ".") }
    }

    /// Entries that come before any table header.
    package var root: [Entry] = []
    package var tables: [Table] = []

    /// The top-level entry for `key`, if the file has one.
    package func rootEntry(_ key: String) -> Entry? {
        root.first { $0.key == key }
    }
}
