import Testing
@testable import PetitionLayout

/// Signatory texts are split into words from their UTF-8 bytes exactly where
/// `String.split(separator: " ")` splits them, and texts that need bidi or hold controls are left
/// to the paragraph path.
struct PlainWordsTests {
    private func words(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes in
            var words: [String] = []
            let plain = PlainWords.forEach(in: bytes) { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)) }
            return plain ? words : nil
        }
    }

    @Test(arguments: ["Anna Maria Schmidt", "Jürgen Émile Ørsted", "Αθήνα Ελλάδα", "王 伟", "Zoë", "O’Brien, Dublin",
                      "a \u{301}b c", "x \u{200D}y", "Ivan \u{0483}Petrov"])
    func splitsLikeString(_ text: String) {
        #expect(words(text) == text.split(separator: " ", omittingEmptySubsequences: false).map(String.init))
    }

    @Test(arguments: ["", " Anna", "Anna ", "Anna  Schmidt", "Anna\tSchmidt", "Anna\u{2028}Schmidt", "مصر", "Anna \u{200F}Bo",
                      "रा हुल", "Anna 😀"])
    func leavesOtherTextsToTheParagraphPath(_ text: String) {
        #expect(words(text) == nil)
    }
}
