import Foundation
import PetitionDocument
import Typography

/// The letter's language when neither `--lang` nor a `Language:` header gives it, so that a
/// folder of translations renders each with its own line breaking, hyphenation and fonts:
/// a tag in the file's name (`letter.ar.txt`, `ar_udhr.txt`), else the language the letter's main
/// script implies where one language dominates it (Han: zh, kana: ja, Hangul: ko, Arabic: ar,
/// Hebrew: he, Devanagari: hi, Thai: th). Latin, Cyrillic and other shared scripts imply nothing.
enum LanguageGuess {
    static let languageOfScript = ["Hani": "zh", "Hira": "ja", "Kana": "ja", "Hang": "ko", "Arab": "ar",
                                   "Hebr": "he", "Deva": "hi", "Thai": "th"]

    /// Three-letter codes accepted in file names: languages with no two-letter code that
    /// letters come in (Filipino, Cantonese, Hawaiian...); others must use their two-letter code.
    static let knownThreeLetter: Set<String> = ["fil", "yue", "haw", "ckb", "ast", "gsw", "nds", "ceb"]

    static func language(of letter: Letter, path: String) -> String? {
        fromFileName(path) ?? fromScripts(of: letter)
    }

    /// `name.<tag>.txt` or `<tag>_name.txt`, where the tag is a 2- or 3-letter language code
    /// perhaps followed by subtags (`letter.zh-Hant.txt`).
    static func fromFileName(_ path: String) -> String? {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let parts = stem.split(separator: ".")
        if parts.count >= 2, let tag = languageTag(String(parts[parts.count - 1])) { return tag }
        if let prefix = stem.split(separator: "_").first, prefix.count < stem.count, let tag = languageTag(String(prefix)) {
            return tag
        }
        return nil
    }

    private static func languageTag(_ text: String) -> String? {
        let subtags = text.split(separator: "-")
        guard let primary = subtags.first, (2...3).contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLowercase }),
              subtags.dropFirst().allSatisfy({ (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }),
              // An ISO 639 code Foundation knows, so `notes.old.txt` is not a letter in Mochi.
              Locale.LanguageCode(String(primary)).isISOLanguage, primary.count == 2 || knownThreeLetter.contains(String(primary))
        else { return nil }
        return text
    }

    /// The language of the script that holds most of the letter's letters, if that script
    /// implies one; any kana among Han makes it Japanese. A letter in several languages (no
    /// script above half) implies none.
    static func fromScripts(of letter: Letter) -> String? {
        var mix = ScriptMix()
        for text in [letter.metadata.title].compactMap({ $0 }) + letter.blocks.map(\.text) { mix.add(text) }
        let letters = mix.total - mix.counts["Zyyy", default: 0]
        guard let top = mix.ranked.first(where: { $0.script != "Zyyy" }), top.count * 2 > letters else { return nil }
        if top.script == "Hani", mix.counts["Hira", default: 0] + mix.counts["Kana", default: 0] > 0 { return "ja" }
        return languageOfScript[top.script]
    }
}

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
