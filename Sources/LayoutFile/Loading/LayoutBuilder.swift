import Diagnostics

/// Applies layout files onto the built-in settings, parent before child, so later files
/// override earlier ones; remembers where each value was set for later messages.
struct LayoutBuilder {
    /// Where a setting's value was written.
    struct Origin {
        var location: SourceLocation
        /// How many files were applied before this one: higher means closer to the layout loaded.
        var fileIndex: Int
    }

    private(set) var settings = LayoutSettings.standard
    /// The origin of each value set so far, by `"table.key"`; built-in defaults have none.
    private(set) var origins: [String: Origin] = [:]
    private var filesApplied = 0

    /// Checks every key of `document` and stores its value.
    mutating func apply(_ document: TOMLDocument) throws {
        if let stray = document.root.first(where: { !LayoutSchema.rootKeys.contains($0.key) }) {
            throw unknownTopLevelKey(stray)
        }
        for table in document.tables {
            guard let setters = LayoutSchema.tables[table.name] else { throw unknownTable(table) }
            for entry in table.entries {
                guard let setter = setters[entry.key] else {
                    throw unknownKey(entry, in: table.name, known: Array(setters.keys))
                }
                try setter(SettingValue(value: entry.value, key: entry.key), &settings)
                origins["\(table.name).\(entry.key)"] = Origin(location: entry.keyLocation, fileIndex: filesApplied)
            }
        }
        filesApplied += 1
    }

    private func unknownTopLevelKey(_ entry: TOMLDocument.Entry) -> InputError {
        let homes = LayoutSchema.tableOrder.filter { LayoutSchema.tables[$0]?[entry.key] != nil }
        let hint = homes.isEmpty
            ? Suggestion.didYouMean(entry.key, among: LayoutSchema.rootKeys)
            : "; it belongs under " + homes.map { "[\($0)]" }.joined(separator: " or ")
        return InputError(at: entry.keyLocation, "unknown key '\(entry.key)' at the top level\(hint)")
    }

    private func unknownTable(_ table: TOMLDocument.Table) -> InputError {
        let hint = Suggestion.didYouMean(table.name, among: LayoutSchema.tableOrder) { "[\($0)]" }
        let message = "unknown table [\(table.name)]"
        if !hint.isEmpty { return InputError(at: table.location, message + hint) }
        let known = LayoutSchema.tableOrder.map { "[\($0)]" }.joined(separator: ", ")
        return InputError(at: table.location, message + "; layout files have " + known)
    }

    private func unknownKey(_ entry: TOMLDocument.Entry, in table: String, known: [String]) -> InputError {
        let hint = Suggestion.didYouMean(entry.key, among: known)
        let message = "unknown key '\(entry.key)' in [\(table)]"
        if !hint.isEmpty { return InputError(at: entry.keyLocation, message + hint) }
        return InputError(at: entry.keyLocation, message + "; its keys are " + known.sorted().joined(separator: ", "))
    }
}
