import Foundation

/// A language's name in that language ("Français", "العربية", "中文"), for bookmarks that each
/// reader can find their own translation by.
enum LanguageName {
    /// The autonym of BCP 47 `tag`, region or script included ("Deutsch (Schweiz)"), its first
    /// letter capitalised the language's way; the tag itself when ICU does not know it.
    static func autonym(of tag: String) -> String {
        let locale = Locale(identifier: tag)
        guard let name = locale.localizedString(forIdentifier: tag), !name.isEmpty else { return tag }
        return name.prefix(1).uppercased(with: locale) + name.dropFirst()
    }
}
