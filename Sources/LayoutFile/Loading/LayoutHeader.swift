import Diagnostics

/// The top-level keys of one layout file: the format version it is written for, what it is
/// for, and which layout it builds on.
struct LayoutHeader {
    /// The only version of the format this code reads.
    static let supportedFormat = 1

    var description: String?
    /// The `extends` value and where it is written, if the file has one.
    var parent: (reference: String, location: SourceLocation)?

    /// Reads and checks the header of `document`, which was read from `file`.
    init(document: TOMLDocument, file: String) throws {
        guard let format = document.rootEntry("format") else {
            throw InputError(
                at: SourceLocation(file: file, line: 1, column: 1),
                "missing 'format = \(Self.supportedFormat)'; every layout file names the format version it is written for")
        }
        let version = try SettingValue(value: format.value, key: "format").integer()
        guard version == Self.supportedFormat else {
            throw InputError(
                at: format.value.location,
                "unsupported layout format \(version); this version of petition reads format \(Self.supportedFormat)")
        }
        description = try document.rootEntry("description").map { try SettingValue(value: $0.value, key: "description").string() }
        if let entry = document.rootEntry("extends") {
            let reference = try SettingValue(value: entry.value, key: "extends").string()
            guard !reference.isEmpty else { throw InputError(at: entry.value.location, "'extends' must name a layout") }
            parent = (reference, entry.value.location)
        }
    }
}
