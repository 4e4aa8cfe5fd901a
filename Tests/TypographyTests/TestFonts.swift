import Foundation
import Typography

/// The project's default font set and a shared font library, found relative to this file.
enum TestFonts {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library = FontLibrary()
    static let notoSerif: FontSet = {
        do {
            return try FontSet.load(contentsOf: packageRoot.appendingPathComponent("fonts/noto-serif.json"))
        } catch {
            fatalError("the default font set must load (run scripts/install-dependencies): \(error)")
        }
    }()

    static func style(size: Double = 10, weight: FontWeight = .regular, language: String = "en") -> TextStyle {
        TextStyle(fontSet: notoSerif, weight: weight, size: size, language: language)
    }
}
