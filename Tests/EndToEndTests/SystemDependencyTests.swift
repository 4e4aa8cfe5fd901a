import Foundation
import TestResources
import Testing

/// A fresh Debian 12 machine with Swift gets everything the project and its tests use from
/// `scripts/install-dependencies`: every file they open outside the repository belongs to a
/// Debian package that `scripts/debian-packages.txt` names, or to one those depend on (or an
/// essential package), and every package named there exists.
///
/// The files checked: the fonts the font sets in `fonts/` name, every absolute path written in
/// Sources/ and Tests/ (hyphenation dictionaries, fonts, tools), the tools the tests run, the
/// packages the tests name in their "install X" messages, and every shared library this test
/// process has loaded (cairo, HarfBuzz, FreeType, librsvg, ICU with its data) outside the Swift
/// toolchain.
@Suite("Everything outside the repository comes from a package install-dependencies names")
struct SystemDependencyTests {
    static let root = TestResources.packageRoot

    /// The entries of a list file as `scripts/install-dependencies` reads them: `#` starts a
    /// comment, blank lines are skipped.
    static func listEntries(_ name: String) throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("scripts/\(name)"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let entry = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            return entry.isEmpty ? nil : entry
        }
    }

    static let debianPackages = Result { try listEntries("debian-packages.txt") }

    /// The installed packages: the named ones, what they depend on (recursively, through
    /// Provides), and the essential and required ones (every Debian system has them).
    static let allowedPackages = Result { () throws -> Set<String> in
        let query = try ToolRunner.run("dpkg-query", ["-W", "-f", "${Package}\t${Essential}${Priority}\t${Provides}\t${Depends}, ${Pre-Depends}\n"])
        var dependencies: [String: [String]] = [:]
        var providers: [String: [String]] = [:]
        var allowed = Set<String>()
        for line in query.output.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { continue }
            let package = fields[0]
            if fields[1].hasPrefix("yes") || fields[1].hasSuffix("required") { allowed.insert(package) }
            for provided in packageNames(in: fields[2]) { providers[provided, default: []].append(package) }
            dependencies[package] = packageNames(in: fields[3])
        }
        // Walk the dependencies from the named and the essential packages; a virtual package
        // stands for every installed package that provides it.
        var visited = Set<String>()
        var queue = try debianPackages.get() + Array(allowed)
        while let package = queue.popLast() {
            for name in [package] + (providers[package] ?? []) where dependencies[name] != nil && visited.insert(name).inserted {
                queue.append(contentsOf: dependencies[name] ?? [])
            }
        }
        return allowed.union(visited)
    }

    /// The package names of a Depends or Provides field: every alternative, without versions or
    /// architecture qualifiers.
    static func packageNames(in field: String) -> [String] {
        field.split(whereSeparator: { $0 == "," || $0 == "|" }).compactMap { part in
            let name = part.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
            let bare = name.split(separator: ":").first.map(String.init) ?? ""
            return bare.isEmpty ? nil : bare
        }
    }

    /// The packages owning each path, as `dpkg -S` says (a path not found under `/usr/lib` is
    /// also looked up under `/lib`: Debian 12 merged them, the package lists did not).
    static func owners(of paths: [String]) throws -> [String: Set<String>] {
        var asked: [String: String] = [:]
        for path in paths {
            asked[path] = path
            if path.hasPrefix("/usr/lib/") { asked[String(path.dropFirst(4))] = path }
            if path.hasPrefix("/usr/bin/") { asked[String(path.dropFirst(4))] = path }
        }
        let result = try ToolRunner.run("dpkg-query", ["-S"] + asked.keys.sorted())
        var owners: [String: Set<String>] = [:]
        for line in result.output.split(separator: "\n") where !line.hasPrefix("diversion") {
            guard let separator = line.range(of: ": ") else { continue }
            let path = String(line[separator.upperBound...])
            guard let original = asked[path] else { continue }
            let packages = line[..<separator.lowerBound].split(separator: ",").map {
                String($0.trimmingCharacters(in: .whitespaces).split(separator: ":")[0])
            }
            owners[original, default: []].formUnion(packages)
        }
        return owners
    }

    /// Fails for each path no allowed package owns, naming the path, its owner and why it is used.
    static func expectOwnedByAllowedPackages(_ uses: [String: String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let allowed = try allowedPackages.get()
        let owners = try owners(of: Array(uses.keys))
        for (path, reason) in uses.sorted(by: { $0.key < $1.key }) {
            let owning = owners[path] ?? []
            #expect(!owning.isEmpty, "\(path) (\(reason)) belongs to no Debian package", sourceLocation: sourceLocation)
            #expect(owning.isEmpty || !owning.isDisjoint(with: allowed),
                    "\(path) (\(reason)) comes from \(owning.sorted().joined(separator: ", ")), which scripts/debian-packages.txt does not name",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func everyNamedPackageExistsAndIsInstalled() throws {
        let packages = try Self.debianPackages.get()
        #expect(packages.contains("fonts-noto-mono"))
        for package in packages {
            let status = try ToolRunner.run("dpkg-query", ["-W", "-f", "${Status}", package]).output
            let known = status.contains("install ok installed") ? true : try ToolRunner.run("apt-cache", ["show", package]).status == 0
            #expect(known, "scripts/debian-packages.txt names \(package), which Debian does not have")
            #expect(status.contains("install ok installed"), "\(package) is not installed: run scripts/install-dependencies")
        }
    }

    @Test func everyNamedPythonPackageIsInstalled() throws {
        for requirement in try Self.listEntries("pip-packages.txt") {
            let name = String(requirement.prefix { !"<>=!~ ;[".contains($0) })
            let shown = try ToolRunner.run("/usr/bin/env", ["python3", "-m", "pip", "show", "-q", name])
            #expect(shown.status == 0, "\(name) (scripts/pip-packages.txt) is not installed: run scripts/install-dependencies")
        }
    }

    @Test func everyFontOfEveryFontSetIsInstalledFromANamedPackage() throws {
        var uses: [String: String] = [:]
        let folder = Self.root.appendingPathComponent("fonts")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".json") {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(file)))
            let set = try #require(json as? [String: Any], "\(file) is not a JSON object")
            let directories = try #require(set["directories"] as? [String], "\(file) has no directories")
            for name in Self.strings(in: [set["scripts"], set["fallback"], set["languages"]]) {
                let fileName = String(name.split(separator: "#")[0])
                let found = directories.map { ($0 as NSString).appendingPathComponent(fileName) }
                    .first { FileManager.default.fileExists(atPath: $0) }
                #expect(found != nil, "\(fileName), named by fonts/\(file), is in none of \(directories)")
                if let found { uses[found] = "fonts/\(file)" }
            }
        }
        #expect(uses.count > 40)
        try Self.expectOwnedByAllowedPackages(uses)
    }

    /// Every string inside nested JSON arrays and objects (the font names of a font set).
    static func strings(in values: [Any?]) -> [String] {
        values.flatMap { value -> [String] in
            switch value {
            case let string as String: [string]
            case let array as [Any]: strings(in: array)
            case let object as [String: Any]: strings(in: Array(object.values))
            default: []
            }
        }
    }

    /// Paths the tests give as hostile input (a layout "name" that is a system file), which the
    /// program must refuse without opening: no package needs to provide them.
    static let hostileInputs: Set<String> = ["/etc/passwd"]

    @Test func everyAbsolutePathInTheSourcesAndTestsComesFromANamedPackage() throws {
        var uses: [String: String] = [:]
        let pattern = try NSRegularExpression(pattern: #""(/(?:usr|etc|lib|opt|var)/[^"\\]+)""#)
        for folder in ["Sources", "Tests"] {
            let base = Self.root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".swift") && !file.hasSuffix("SystemDependencyTests.swift") {
                let text = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    guard let range = Range(match.range(at: 1), in: text) else { continue }
                    uses[String(text[range])] = "\(folder)/\(file)"
                }
            }
        }
        #expect(uses["/usr/share/hyphen"] != nil, "the hyphenation dictionaries' folder is written in the sources")
        for path in Self.hostileInputs { uses[path] = nil }
        try Self.expectOwnedByAllowedPackages(uses)
    }

    @Test func everyToolTheTestsRunComesFromANamedPackage() throws {
        var uses: [String: String] = [:]
        let pattern = try NSRegularExpression(pattern: #"ToolRunner\.run\("([a-z0-9-]+)""#)
        let base = Self.root.appendingPathComponent("Tests")
        for file in FileManager.default.enumerator(atPath: base.path)?.compactMap({ $0 as? String }) ?? [] where file.hasSuffix(".swift") {
            let text = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                uses["/usr/bin/" + text[range]] = "run by Tests/\(file)"
            }
        }
        #expect(uses["/usr/bin/pdftotext"] != nil && uses["/usr/bin/mutool"] != nil)
        try Self.expectOwnedByAllowedPackages(uses)
    }

    @Test func everyPackageATestAsksToInstallIsNamed() throws {
        let named = Set(try Self.debianPackages.get())
        let pattern = try NSRegularExpression(pattern: #"package: "([a-z0-9.+-]+)""#)
        let base = Self.root.appendingPathComponent("Tests")
        var asked: [String: String] = [:]
        for file in FileManager.default.enumerator(atPath: base.path)?.compactMap({ $0 as? String }) ?? [] where file.hasSuffix(".swift") {
            let text = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                asked[String(text[range])] = file
            }
        }
        #expect(asked["fonts-noto-mono"] != nil)
        for (package, file) in asked {
            #expect(named.contains(package), "Tests/\(file) asks to install \(package), which scripts/debian-packages.txt does not name")
        }
    }

    /// This process has linked everything the renderer uses; each library it mapped that is not
    /// the Swift toolchain's or the build's own comes from an allowed package.
    @Test func everySharedLibraryLoadedComesFromANamedPackage() throws {
        // /proc files report a size of 0, so they are read to their end rather than by size.
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/self/maps"))
        defer { try? handle.close() }
        let maps = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
        let paths = Set(maps.split(separator: "\n").compactMap { line -> String? in
            guard let slash = line.firstIndex(of: "/") else { return nil }
            let path = String(line[slash...])
            return path.contains(".so") ? path : nil
        })
        let core = try #require(paths.first { $0.hasSuffix("/libswiftCore.so") }, "the Swift runtime is not mapped")
        let toolchain = core.components(separatedBy: "/usr/lib/swift/")[0]
        var uses: [String: String] = [:]
        for path in paths where !path.hasPrefix(toolchain + "/") && !path.hasPrefix(Self.root.path + "/") {
            uses[path] = "loaded by the tests"
        }
        #expect(uses.keys.contains { $0.contains("libcairo.so") }, "cairo is loaded")
        #expect(uses.keys.contains { $0.contains("libicudata.so") }, "ICU's data is loaded")
        try Self.expectOwnedByAllowedPackages(uses)
    }
}
