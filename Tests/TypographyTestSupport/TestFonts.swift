import Foundation
import TestResources
import Typography

/// The project's default font set and a shared font library, found relative to this file, for
/// the tests of every module that sets text.
///
/// The font set is loaded once; when its fonts are not installed, every test that asks for it
/// fails with `MissingResource` naming the Debian package, and the other tests still run.
public enum TestFonts {
    public static let packageRoot = TestResources.packageRoot
    public static let library = FontLibrary()
    private static let loadedNotoSerif = Result { try load("fonts/noto-serif.json") }

    /// `fonts/noto-serif.json` with every one of its fonts installed.
    public static func notoSerif() throws -> FontSet {
        try loadedNotoSerif.get()
    }

    public static func style(size: Double = 10, weight: FontWeight = .regular, language: String = "en") throws -> TextStyle {
        TextStyle(fontSet: try notoSerif(), weight: weight, size: size, language: language)
    }

    /// A font set of the package, refused when one of its fonts is missing.
    /// - Throws: `MissingResource` naming the Debian package of the first missing font.
    public static func load(_ relativePath: String) throws -> FontSet {
        let url = packageRoot.appendingPathComponent(relativePath)
        let fontSet: FontSet
        do { fontSet = try FontSet.load(contentsOf: url) } catch {
            throw MissingResource(path: "\(url.path) (\(error))", package: "fonts-noto-core")
        }
        if let missing = fontSet.missingFiles.first {
            throw MissingResource(path: missing, package: Self.debianPackage(ofNotoFont: missing))
        }
        return fontSet
    }

    /// The Debian package that installs a Noto font file.
    public static func debianPackage(ofNotoFont file: String) -> String {
        if file.contains("CJK") { return "fonts-noto-cjk" }
        if file.contains("Mono") { return "fonts-noto-mono" }
        return "fonts-noto-core"
    }
}
