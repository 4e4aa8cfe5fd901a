import Foundation

/// Finds the project's `fonts/`, `layouts/` and `locales/` folders at run time: an explicit path
/// first, then the `PETITION_FONTS` / `PETITION_LAYOUTS` / `PETITION_LOCALES` environment variables, then a folder beside the
/// executable or any of its parents (an installed tree, or `.build/<config>/petition` in a
/// checkout), then the package root this file was compiled from.
public struct ResourceLocator: Sendable {
    public var fontsDirectory: URL
    public var layoutsDirectory: URL
    /// The terms files, one per language (`locales/fr.toml`).
    public var localesDirectory: URL

    public init(fonts: String? = nil, layouts: String? = nil, locales: String? = nil) {
        let environment = ProcessInfo.processInfo.environment
        fontsDirectory = Self.locate("fonts", explicit: fonts ?? environment["PETITION_FONTS"])
        layoutsDirectory = Self.locate("layouts", explicit: layouts ?? environment["PETITION_LAYOUTS"])
        localesDirectory = Self.locate("locales", explicit: locales ?? environment["PETITION_LOCALES"])
    }

    private static func locate(_ name: String, explicit: String?) -> URL {
        if let explicit { return URL(fileURLWithPath: explicit) }
        var candidates: [URL] = []
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent(name))
            candidates.append(directory.appendingPathComponent("share/petition-printer/\(name)"))
            directory.deleteLastPathComponent()
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(name))
        var isDirectory: ObjCBool = false
        return candidates.first { FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory) && isDirectory.boolValue }
            ?? packageRoot.appendingPathComponent(name)
    }
}
