import LayoutFile
import PetitionDocument
import Typography

/// Every character a document can print: its letter (header fields and body), its signatories'
/// fields and groups, the layout's templates, and the digits, punctuation and spaces that running
/// heads, footers, numbering, totals and list markers are made of. A face embedded from a subset made for these characters still
/// gets a check per glyph run (see `FontProgram`), so a character missed here costs memory, not
/// a glyph. The words the layout prints come from `terms` (`Terms.allTexts`).
enum DocumentCharacters {
    /// The characters of one document: `letters` (one, or every addressed copy of a delivery),
    /// `signatories` (with their groups' names) and the texts `settings` adds (list heading,
    /// running header, footers).
    static func of(letters: [Letter], signatories: SignatoryArray, groupNames: [String], settings: LayoutSettings,
                   terms: [String]) -> ScalarSet {
        var characters = of(signatories: signatories, groupNames: groupNames, settings: settings, terms: terms)
        for letter in letters {
            let metadata = letter.metadata
            let headerFields = [metadata.title, metadata.subtitle, metadata.date, metadata.recipient, metadata.sender,
                                metadata.author, metadata.subject, metadata.organiser, metadata.contact]
            for field in headerFields.compactMap({ $0 }) + metadata.keywords + Array(metadata.extra.values) {
                characters.insert(contentsOf: field)
            }
            for block in letter.blocks { characters.insert(contentsOf: block.text) }
        }
        return characters
    }

    /// The characters of several translations in one PDF: every character of each letter file
    /// (a superset of what it prints), with the shared list and layout.
    static func of(letterFiles: [String], signatories: SignatoryArray, groupNames: [String],
                   settings: LayoutSettings, terms: [String]) -> ScalarSet {
        var characters = of(signatories: signatories, groupNames: groupNames, settings: settings, terms: terms)
        for file in letterFiles {
            if let bytes = try? InputFiles.read(file) { characters.insert(contentsOf: String(decoding: bytes, as: UTF8.self)) }
        }
        return characters
    }

    private static func of(signatories: SignatoryArray, groupNames: [String], settings: LayoutSettings, terms: [String]) -> ScalarSet {
        var characters = ScalarSet()
        signatories.forEachText { characters.insert(contentsOf: $0) }
        for name in groupNames { characters.insert(contentsOf: name) }
        let templates = [settings.signatories.headingTemplate, settings.header.text, settings.footer.text, settings.footer.signatureText]
        for text in templates.compactMap({ $0 }) + terms {
            characters.insert(contentsOf: text)
        }
        for range in generatedText { characters.insert(range) }
        return characters
    }

    /// Whether `scalar` is among the characters the layout itself may write (see below).
    static func isGenerated(_ scalar: Unicode.Scalar) -> Bool {
        generatedText.contains { $0.contains(scalar) }
    }

    /// What the layout itself writes: ASCII, Latin-1 punctuation and signs, general punctuation
    /// (dashes, quotes, ellipsis), the Arabic, Persian and Devanagari digits and punctuation of
    /// native-digit footers, CJK punctuation and full-width forms.
    private static let generatedText: [ClosedRange<Unicode.Scalar>] = [
        " "..."~", "\u{A0}"..."\u{BF}", "\u{D7}"..."\u{D7}", "\u{F7}"..."\u{F7}", "\u{2000}"..."\u{206F}",
        "\u{60C}"..."\u{60C}", "\u{61B}"..."\u{61B}", "\u{61F}"..."\u{61F}", "\u{660}"..."\u{66C}",
        "\u{6F0}"..."\u{6F9}", "\u{964}"..."\u{96F}", "\u{3000}"..."\u{303F}", "\u{FF00}"..."\u{FFEF}",
    ]
}
