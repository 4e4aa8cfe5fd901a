import Foundation
import Typography

/// The project's default font set and a shared font library, found relative to this file, for
/// the tests of every module that sets text.
public enum TestFonts {
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let library = FontLibrary()
    public static let notoSerif: FontSet = {
        do {
            return try FontSet.load(contentsOf: packageRoot.appendingPathComponent("fonts/noto-serif.json"))
        } catch {
            fatalError("the default font set must load (run scripts/install-dependencies): \(error)")
        }
    }()

    public static func style(size: Double = 10, weight: FontWeight = .regular, language: String = "en") -> TextStyle {
        TextStyle(fontSet: notoSerif, weight: weight, size: size, language: language)
    }
}
